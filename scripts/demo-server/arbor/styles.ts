/** Arbor-style look: light, airy app with a teal top bar, a left menu and card panels. */
export const ARBOR_CSS = `
*{box-sizing:border-box}
body.arbor-app{margin:0;font:14px/1.45 "Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#23303d;background:#f3f6f8}
a{color:#0a7d8c}
.mis-topbar{display:flex;align-items:center;gap:16px;height:52px;padding:0 20px;background:#0b5563;color:#fff}
.mis-topbar__logo{font-size:22px;color:#7fe0d0}
.mis-topbar__school{font-weight:600;font-size:16px}
.mis-topbar__search{margin-left:auto;width:320px;padding:6px 10px;border:0;border-radius:16px;background:#e6f2f3}
.mis-topbar__user{opacity:.9}
.mis-shell{display:flex;min-height:calc(100vh - 52px - 40px)}
.mis-sidebar{width:210px;flex:none;background:#fff;border-right:1px solid #dde5ea;padding:12px 0}
.mis-sidebar__section{padding:10px 18px 4px;font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:#7b8b97}
.mis-sidebar__link{display:block;padding:6px 18px;color:#23303d;text-decoration:none}
.mis-sidebar__link:hover{background:#eaf5f6}
.mis-page{flex:1;padding:18px 24px;min-width:0}
.mis-page-header{display:flex;flex-wrap:wrap;align-items:center;gap:12px;margin-bottom:14px}
.mis-page-header h1{margin:0;font-size:22px;font-weight:600}
.mis-subtitle{color:#5d6d79;width:100%}
.mis-toolbar{display:flex;gap:8px;align-items:center;margin-left:auto}
.mis-btn{border:1px solid #0a7d8c;background:#fff;color:#0a7d8c;border-radius:4px;padding:6px 12px;font:inherit;cursor:pointer;text-decoration:none}
.mis-btn--primary{background:#0a7d8c;color:#fff}
.mis-btn[disabled]{opacity:.5;cursor:default}
.mis-card{background:#fff;border:1px solid #dde5ea;border-radius:6px;padding:14px 16px;margin-bottom:16px}
.mis-banner{padding:8px 12px;border-radius:4px;margin-bottom:12px}
.mis-banner--unsaved{background:#fff4d6;border:1px solid #f0c24b}
.mis-banner--saved{background:#e3f6ea;border:1px solid #7cc795}
.mis-banner[hidden]{display:none}
.mis-grid{display:flex;flex-direction:column;background:#fff;border:1px solid #dde5ea;border-radius:6px;overflow:hidden}
.mis-grid [role=row]{display:flex;align-items:center;border-bottom:1px solid #edf1f4;min-height:40px}
.mis-grid [role=row]:last-child{border-bottom:0}
.mis-grid-header{background:#f7fafb;font-weight:600;color:#4a5a66}
.mis-grid [role=columnheader],.mis-grid [role=gridcell],.mis-grid [role=rowheader]{padding:6px 10px;flex:1 1 0;min-width:0}
.mis-grid .col-name{flex:0 0 260px}
.mis-grid .col-narrow{flex:0 0 110px}
.mis-grid .col-week{flex:0 0 150px}
/* Student list: every column keeps the width its text needs (a UPN is 13 characters; "Year 10", "SEN Support"),
   none shrinks or cuts its text; where the window is too narrow for them all the list scrolls sideways. */
.mis-grid--students{overflow-x:auto}
.mis-grid--students [role=row]{min-width:max-content}
.mis-grid--students .col-name{flex:0 0 220px}
.mis-grid--students .col-upn{flex:0 0 150px;white-space:nowrap}
.mis-grid--students .col-dob{flex:0 0 120px;white-space:nowrap}
.mis-grid--students .col-sen{flex:0 0 112px;white-space:nowrap}
.mis-grid--students .col-narrow{flex:1 0 80px;white-space:nowrap}
.mis-grid--students .col-name{overflow-wrap:anywhere}
.mis-row--unsaved{background:#fffbea}
.mis-pill{display:inline-block;font-size:11px;padding:1px 7px;border-radius:9px;margin-left:4px;vertical-align:middle}
.mis-pill--unsaved{background:#f0c24b;color:#3b2c00}
.mis-pill[hidden]{display:none}
.badge{display:inline-block;font-size:10px;font-weight:600;padding:1px 5px;border-radius:3px;background:#e4ecf7;color:#2b4a7a;margin-left:3px}
.student-name a{font-weight:600;text-decoration:none}
.mis-icon{display:inline-block;width:18px;height:18px;border-radius:50%;vertical-align:middle}
.mis-icon--tick{background:#2f9e5b;-webkit-mask:none}
.mis-icon--tick::after{content:"";display:block;width:5px;height:9px;margin:3px 0 0 6px;border:solid #fff;border-width:0 2px 2px 0;transform:rotate(45deg)}
.mis-icon--clock{background:#f0b429}
.mis-icon--clock::after{content:"";display:block;width:6px;height:6px;margin:4px 0 0 7px;border:solid #fff;border-width:0 0 2px 2px}
.mis-mark{display:inline-block;min-width:24px;text-align:center;font-weight:600;padding:1px 4px;border-radius:3px}
.mis-mark--authorised{background:#fde6c8;color:#8a4b00}
.mis-mark--unauthorised{background:#fbd3d3;color:#9b1c1c}
.mis-mark--aea{background:#d9ecff;color:#174a7c}
.mis-mark--notPossible{background:#e9edf0;color:#5d6d79}
.mis-mark--none{color:#a0acb5}
.past-week{display:flex;gap:2px}
.past-week .mis-icon,.past-week .mis-mark{transform:scale(.8)}
.mis-weeknav{display:flex;gap:10px;align-items:center;margin-bottom:10px}
.mis-grid--marks [role=gridcell]{flex:0 0 58px;text-align:center}
.mis-grid--marks [role=columnheader].day{flex:0 0 116px;text-align:center}
.mis-grid--marks [role=columnheader].sess{flex:0 0 58px;text-align:center;font-weight:500}
.mis-grid--marks .col-name{flex:0 0 240px;text-align:left !important}
.mis-grid [role=gridcell] select,.mis-grid [role=gridcell] input{max-width:100%}
select.mis-mark-select{min-width:0;width:100%}
.mis-vgrid{position:relative;height:560px;overflow-y:auto;border-top:1px solid #edf1f4}
.mis-vgrid__spacer{position:relative}
.mis-vgrid [role=row].v-row{position:absolute;left:0;right:0;height:40px}
.mis-summary{display:grid;grid-template-columns:repeat(6,minmax(110px,1fr));gap:8px;margin:0}
.mis-summary div{background:#f7fafb;border-radius:4px;padding:8px}
.mis-summary dt{font-size:11px;color:#6b7b87;text-transform:uppercase}
.mis-summary dd{margin:2px 0 0;font-size:18px;font-weight:600}
.mis-profile-head{display:flex;gap:16px;align-items:center}
.mis-avatar{width:56px;height:56px;border-radius:50%;background:#cfe7ea;display:flex;align-items:center;justify-content:center;font-weight:700;color:#0b5563}
.mis-props{display:flex;flex-wrap:wrap;gap:4px 22px;margin:4px 0 0;color:#4a5a66}
table.mis-table{border-collapse:collapse;width:100%;background:#fff}
table.mis-table th,table.mis-table td{border:1px solid #e3e9ed;padding:4px 6px;text-align:center}
table.mis-table th{background:#f7fafb;font-weight:600}
table.mis-table td.is-holiday{background:repeating-linear-gradient(45deg,#f3f6f8,#f3f6f8 4px,#e9eef1 4px,#e9eef1 8px)}
.mis-footer{padding:10px 24px;font-size:12px;color:#6b7b87;border-top:1px solid #dde5ea;background:#fff}
.loading-spinner{position:fixed;top:60px;right:24px;background:#0b5563;color:#fff;padding:4px 10px;border-radius:12px;font-size:12px}
.loading-spinner--hide{display:none}
.mis-toast{position:fixed;bottom:60px;right:24px;background:#23303d;color:#fff;padding:8px 14px;border-radius:4px}
select.mis-mark-select{padding:4px}
input.mis-input{padding:4px 6px;border:1px solid #c9d4db;border-radius:3px;width:100%}
`;
