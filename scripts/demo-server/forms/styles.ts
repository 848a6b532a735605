/** A GOV.UK-like look for the modelled LA forms (Kelsi pages follow a similar public-sector style). */
export const FORMS_CSS = `
body{margin:0;font:19px/1.3 Arial,Helvetica,sans-serif;color:#0b0c0c;background:#fff}
.la-header{background:#25a8e0;color:#fff;padding:10px 30px;display:flex;align-items:center;gap:20px}
.la-header strong{font-size:24px}.la-header span{font-size:16px}
.la-phase{background:#f3f2f1;padding:8px 30px;font-size:16px;border-bottom:1px solid #b1b4b6}
.la-phase b{background:#d4351c;color:#fff;padding:2px 8px;margin-right:8px;font-size:14px}
main{max-width:960px;margin:0 auto;padding:20px 30px}
h1{font-size:36px;margin:10px 0 20px}
.govuk-fieldset{border:0;padding:0;margin:0 0 20px}
fieldset.section{border-top:2px solid #b1b4b6;padding-top:10px}
fieldset.repeat{border-left:4px solid #b1b4b6;padding-left:15px}
.govuk-fieldset__legend{font-weight:bold;margin-bottom:10px}
.govuk-fieldset__legend--m{font-size:24px}
.govuk-form-group{margin-bottom:20px}
.govuk-label{display:block;margin-bottom:5px}
.govuk-hint{color:#505a5f;margin-bottom:5px;font-size:16px}
.govuk-input,.govuk-select,.govuk-textarea{font:inherit;border:2px solid #0b0c0c;padding:5px;width:100%;max-width:560px}
.govuk-input--width-2{width:3.5em}.govuk-input--width-4{width:5.5em}.govuk-input--width-5{width:7em}.govuk-input--width-10{width:12em}
.govuk-date-input{display:flex;gap:15px}.govuk-date-input__item .govuk-label{font-size:16px}
.govuk-radios__item,.govuk-checkboxes__item{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.govuk-radios__item .govuk-label,.govuk-checkboxes__item .govuk-label{margin:0}
.govuk-radios__input,.govuk-checkboxes__input{width:24px;height:24px}
.govuk-button{background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 14px;font:inherit;cursor:pointer;margin-right:10px}
.govuk-button--secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.govuk-error-summary{border:5px solid #d4351c;padding:15px;margin-bottom:20px}
.govuk-error-summary[hidden]{display:none}
.govuk-error-summary a{color:#d4351c;font-weight:bold}
.req{font-weight:normal;color:#505a5f;font-size:16px}
.table-scroll{overflow-x:auto}
.govuk-table{border-collapse:collapse;font-size:15px}
.govuk-table th,.govuk-table td{border-bottom:1px solid #b1b4b6;padding:6px;text-align:left;vertical-align:top}
.govuk-table input,.govuk-table select{font:inherit;width:9em;border:2px solid #0b0c0c;padding:3px}
.la-footer{margin-top:30px;padding:15px 30px;background:#f3f2f1;border-top:1px solid #b1b4b6;font-size:14px;color:#505a5f}
.panel{background:#00703c;color:#fff;padding:20px;text-align:center;margin-bottom:20px}
dl.echo{display:grid;grid-template-columns:minmax(240px,1fr) 2fr;gap:6px 16px;font-size:16px}
dl.echo dt{font-weight:bold}dl.echo dd{margin:0;white-space:pre-wrap}
dl.echo dd code{color:#505a5f;font-size:13px;display:block}
`;
