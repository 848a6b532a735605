/** The panel's CSS, inside its shadow root (px sizes: the page's root font size must not reach in). */
export const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; top: 12px; right: 12px; width: 440px; max-height: calc(100vh - 24px); overflow: auto; z-index: 2147483647;
  background: #fff; color: #0b0c0c; border: 2px solid #0b0c0c; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; padding: 12px 14px; box-sizing: border-box; }
header { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
h2 { font-size: 18px; margin: 0 0 6px; } h3 { font-size: 16px; margin: 12px 0 6px; } h4 { font-size: 15px; margin: 6px 0; }
button, input, select { font: inherit; }
button { border: 2px solid #0b0c0c; background: #f3f2f1; color: #0b0c0c; padding: 4px 10px; border-radius: 4px; cursor: pointer; }
button.primary { background: #00703c; color: #fff; border-color: #00703c; }
button:disabled { opacity: .55; cursor: not-allowed; }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; box-shadow: 0 0 0 5px #0b0c0c; }
.close { font-size: 20px; line-height: 1; padding: 2px 8px; }
.note, .hint, .form-kind { font-size: 14px; color: #484949; margin: 4px 0; }
.choose label { display: block; font-weight: 600; margin-top: 6px; }
.choose input { width: 100%; box-sizing: border-box; padding: 4px 6px; border: 2px solid #0b0c0c; }
.results { list-style: none; padding: 0; margin: 6px 0; max-height: 160px; overflow: auto; }
.results button { width: 100%; text-align: left; margin: 2px 0; background: #fff; }
.chosen ul, .skipped { padding-left: 18px; margin: 4px 0; }
.period { border: 1px solid #b1b4b6; margin: 8px 0; padding: 6px 8px; } .period label { margin-right: 10px; }
table.fill { border-collapse: collapse; width: 100%; font-size: 14px; }
table.fill th, table.fill td { border-bottom: 1px solid #b1b4b6; padding: 4px; text-align: left; vertical-align: top; }
table.fill thead th { border-bottom: 2px solid #0b0c0c; }
.readiness li.pass strong { color: #00703c; } .readiness li.fail strong { color: #d4351c; } .readiness li.unknown strong { color: #505a5f; }
.readiness ul { padding-left: 18px; margin: 4px 0; font-size: 14px; }
.actions, .mapping { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; align-items: center; }
.status { min-height: 1em; font-weight: 600; } .error { color: #d4351c; font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.over { margin-left: 6px; } small { color: #484949; }
`;
