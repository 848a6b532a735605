/** Teach mode's own styles, inside its shadow root (px sizes: the page's root font size is not ours). */
export const TEACH_CSS = `
:host { all: initial; }
.panel { position: fixed; top: 12px; right: 12px; width: 340px; max-height: calc(100vh - 24px); overflow: auto;
  max-width: calc(100vw - 24px);
  z-index: 2147483647; box-sizing: border-box; font: 14px/1.45 system-ui, sans-serif; color: #1b1f24;
  background: #fff; border: 2px solid #0b5cad; border-radius: 8px; padding: 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
h2 { font-size: 16px; margin: 0 0 6px; }
p { margin: 0 0 8px; }
.step { font-weight: 600; }
.hint { color: #4a5159; font-size: 13px; }
.now { font-size: 13px; min-height: 19px; }
.error { color: #a4000f; font-weight: 600; }
.error:empty { display: none; }
button { font: inherit; margin: 6px 6px 0 0; padding: 4px 10px; border: 1px solid #0b5cad; background: #fff; color: #0b5cad; border-radius: 4px; cursor: pointer; }
button.primary { background: #0b5cad; color: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, input:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
label { display: block; margin: 4px 0; }
fieldset { border: 1px solid #c4c9cf; border-radius: 4px; margin: 8px 0; padding: 4px 8px 6px; }
legend { padding: 0 4px; }
input[type="date"], input[type="text"] { font: inherit; padding: 2px 4px; margin-top: 2px; }
table { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
th, td { border: 1px solid #c4c9cf; padding: 2px 6px; text-align: left; }
td.codes { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.why { font-size: 13px; color: #8a4b00; }
.why:empty { display: none; }
ul { margin: 4px 0 8px; padding-left: 18px; color: #8a4b00; }
.outline { position: fixed; pointer-events: none; z-index: 2147483646; box-sizing: border-box; display: none; }
.outline.hover { border: 3px solid #0b5cad; box-shadow: 0 0 0 2px #fff; }
.outline.chosen { border: 3px dashed #0a7a3b; box-shadow: 0 0 0 2px #fff; }
`;
