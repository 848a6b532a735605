import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readAnyPage } from '../../lib/readers/all';
const html = readFileSync('test/fixtures/mis/generic/card-take-register.html', 'utf8');
const url = new URL('https://portal.example-school.test/register');
function run(label: string, change: (d: Document) => void) {
  const { document } = parseHTML(html);
  change(document as unknown as Document);
  const r = readAnyPage(document as unknown as Document, url);
  const v = r?.result.view;
  console.log(label, '→', r?.reader.id, v?.complete, 'pupils', v?.pupils.map((p) => p.name).join(','), 'marks', v?.marks.map((m) => m.code).join(' '), JSON.stringify(v?.problems.slice(0, 3)));
}
const L = (d: Document) => Array.from(d.querySelectorAll('li.card label'));
run('orig', () => {});
run('1 text', (d) => { L(d)[3]!.outerHTML = '<span class="locked">L</span>'; });
run('3 text, 1 control', (d) => { L(d).slice(1).forEach((l, i) => (l.outerHTML = `<span class="locked">${['L', 'N', '/'][i]}</span>`)); });
run('2 text, 2 control', (d) => { L(d).slice(2).forEach((l, i) => (l.outerHTML = `<span class="locked">${['L', 'N'][i]}</span>`)); });
run('text labelled Mark: L', (d) => { L(d)[3]!.outerHTML = '<span class="locked">Mark: <b>L</b></span>'; });
run('text Late word', (d) => { L(d)[3]!.outerHTML = '<span class="locked">Late</span>'; });
run('text card other tag', (d) => { const li = d.querySelectorAll('li.card')[3]!; li.querySelector('label')!.outerHTML = '<span>L</span>'; });
run('text card wrapped div', (d) => { const li = d.querySelectorAll('li.card')[3]!; li.innerHTML = '<div class="inner"><span class="who">Leo Testcase</span> <span>L</span></div>'; });
run('text card with button', (d) => { L(d)[3]!.outerHTML = '<span class="locked">L</span>'; });
run('text card, note button remove', (d) => { L(d)[3]!.outerHTML = '<span class="locked">L</span>'; d.querySelectorAll('li.card')[3]!.querySelector('button')!.remove(); });
run('text card mark "/"', (d) => { L(d)[3]!.outerHTML = '<span class="locked">/</span>'; });
run('text card blank', (d) => { L(d)[3]!.outerHTML = '<span class="locked"></span>'; });
run('text card dash', (d) => { L(d)[3]!.outerHTML = '<span class="locked">–</span>'; });
run('text card split name', (d) => { const li = d.querySelectorAll('li.card')[3]!; li.querySelector('.who')!.outerHTML = '<span class="f">Leo</span> <span class="s">Testcase</span>'; li.querySelector('label')!.outerHTML = '<span>L</span>'; });
run('text card icon', (d) => { L(d)[3]!.outerHTML = '<span class="locked" title="Late">L</span>'; });
run('text card aria-disabled', (d) => { L(d)[3]!.outerHTML = '<span aria-disabled="true">Mark L</span>'; });
{
  const { document } = parseHTML(html);
  const d = document as unknown as Document;
  L(d)[3]!.outerHTML = '<span aria-disabled="true">Mark L</span>';
  console.log(d.querySelectorAll('li.card')[3]!.outerHTML);
}
