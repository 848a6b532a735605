/** Bromcom-style look: dense, grey and crimson, bordered tables, small system font. */
export const BROMCOM_CSS = `
body.bc-body{margin:0;font:12px Tahoma,Verdana,Arial,sans-serif;color:#222;background:#e9e9e9}
#bc-header{display:flex;align-items:center;gap:18px;height:38px;padding:0 12px;background:#8c1d2c;color:#fff}
.bc-brand{font-size:18px;letter-spacing:.5px}.bc-brand b{color:#ffd5d9}
.bc-school{font-weight:bold}.bc-user{margin-left:auto;font-size:11px}
#bc-frame{width:100%;border-collapse:collapse}
#bc-menu{width:170px;vertical-align:top;background:#3b3b3b;color:#ddd;padding:0}
#bc-menu ul{list-style:none;margin:0;padding:0 0 0 10px}#bc-menu li{padding:3px 0}
#bc-menu a{color:#fff;text-decoration:none}#bc-menu a:hover{text-decoration:underline}
.bc-menu-head{background:#222;padding:6px 10px;font-weight:bold;color:#fff}
#bc-main{vertical-align:top;padding:8px 12px;background:#fff}
.bc-crumbs{font-size:11px;color:#777;margin-bottom:6px}
.page-title{font-size:16px;font-weight:bold;color:#8c1d2c;border-bottom:2px solid #8c1d2c;padding-bottom:3px;margin-bottom:8px}
.filters{background:#f4f4f4;border:1px solid #ccc;padding:6px 8px;margin-bottom:8px}
.filters .bc-settings{background:#c8102e;color:#fff;border:0;padding:3px 10px;font:inherit;margin-right:10px}
.filters label{margin-right:4px;font-weight:bold}
.bc-btn{background:linear-gradient(#fdfdfd,#dedede);border:1px solid #999;padding:3px 12px;font:inherit;cursor:pointer}
.bc-btn-save{background:linear-gradient(#4caf50,#2e7d32);color:#fff;border-color:#2e7d32;font-weight:bold}
.bc-msg{padding:5px 8px;margin:6px 0;border:1px solid}
.bc-msg-ok{background:#e7f6e7;border-color:#6b6}
.bc-msg-warn{background:#fff7cc;border-color:#e0b400}
.bc-msg[hidden]{display:none}
table.att-grid,table.att-names,table.att-register,table.rgMasterTable,table.cert{border-collapse:collapse;background:#fff}
table.att-grid th,table.att-grid td,table.att-names th,table.att-names td,table.att-register th,table.att-register td,table.rgMasterTable th,table.rgMasterTable td,table.cert th,table.cert td{border:1px solid #bbb;padding:2px 5px;height:24px;white-space:nowrap}
table.att-grid thead th,table.att-names thead th,table.att-register thead th,table.rgMasterTable thead th,table.cert thead th{background:linear-gradient(#f7f7f7,#e1e1e1);font-weight:bold}
table.rgMasterTable tbody tr:nth-child(even),table.att-register tbody tr:nth-child(even){background:#f6f6f6}
.bc-split{display:flex;align-items:flex-start;max-width:100%}
.bc-split .bc-frozen{flex:none}
.bc-split .bc-scroll{overflow-x:auto;max-width:760px;border-right:1px solid #bbb}
input.att-cell{width:30px;text-align:center;border:1px solid #ccc;font:inherit;text-transform:uppercase}
input.att-cell.att-selected{background:#b9f2b9}
input.att-cell.att-changed,select.att-changed{background:#fff176}
input.att-cell.att-invalid{background:#ffb4b4}
input.att-cell:disabled,.att-closed{background:#d8d8d8}
th.att-col-selected{background:#b9f2b9 !important}
.bc-tabs{display:flex;gap:2px;border-bottom:1px solid #8c1d2c;margin-bottom:8px}
.bc-tabs span{padding:4px 12px;background:#eee;border:1px solid #ccc;border-bottom:0}
.bc-tabs span.active{background:#8c1d2c;color:#fff}
.bc-panel{border:1px solid #ccc;margin-bottom:10px}
.bc-panel h3{margin:0;padding:4px 8px;background:#efefef;font-size:12px;border-bottom:1px solid #ccc}
.bc-panel .bc-panel-body{padding:6px 8px}
.bc-highlights{display:flex;gap:24px}
.bc-highlights div span{display:block;font-size:11px;color:#666}.bc-highlights div b{font-size:15px}
table.cert td{text-align:center;font-family:"Courier New",monospace;font-size:13px}
table.cert td .am{margin-right:3px}
table.cert td.nsd{background:#e0e0e0}
dl.cert-head{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 12px;margin:0 0 8px}
dl.cert-head dt{font-weight:bold}dl.cert-head dd{margin:0}
#bc-footer{padding:6px 12px;font-size:11px;color:#555;background:#e0e0e0;border-top:1px solid #bbb}
`;
