import { readFileSync } from 'node:fs';
import { analyzeLine } from './analyze-line';
import { splitOf } from './eval/split';
const kind = process.argv[2]!; const filter = process.argv[3] ?? '';
const split = process.env.SPLIT ?? 'tune';
const file = kind === 'inc' ? 'incoming' : 'replies';
const items = readFileSync(`/work/main/tests/fixtures/corpus/${file}.jsonl`,'utf8').trim().split('\n').map(l=>JSON.parse(l)).filter(i=>split==='all'||splitOf(i.id)===split);
for (const it of items) {
  if (kind==='inc') {
    const o:any = analyzeLine(JSON.stringify({id:it.id,text:it.text}));
    const got = new Set(o.cues.map((c:any)=>c.kind)); 
    if (filter==='sent' && o.sentiment.label!==it.sentiment) console.log(`${it.id} want ${it.sentiment} got ${o.sentiment.label} ${o.sentiment.score}: ${it.text.slice(0,300).replace(/\n/g,' ')}\n`);
    if (filter.startsWith('cue:')) { const k=filter.slice(4); const want=it.cues.includes(k); if (want!==got.has(k)) console.log(`${it.id} want ${want} got ${[...o.cues.filter((c:any)=>c.kind===k).map((c:any)=>c.text)]}: ${it.text.slice(0,400).replace(/\n/g,' ')}\n`);}
  } else {
    const o:any = analyzeLine(JSON.stringify({id:it.id,draft:it.text}));
    const st = new Map(o.checklist.map((c:any)=>[c.id,c.state]));
    const map:any={understanding:'has_understanding',apology:'has_apology',solution:'has_solution_or_next_step',time_commitment:'has_time_commitment',thanks:'has_thanks',name:'uses_name'};
    if (map[filter]) { const want=it[map[filter]]; const has=st.get(filter)==='done'; if (want!==has) console.log(`${it.id} want ${want}: ${it.text.slice(0,500).replace(/\n/g,' | ')}\n`);}
    if (filter==='viol') { const want=it.violations; const got=o.violations.map((v:any)=>v.rule+':'+v.text); if ((want.length>0)!==(got.length>0)) console.log(`${it.id} want [${want}] got [${got}]: ${it.text.slice(0,600).replace(/\n/g,' | ')}\n`);}
  }
}
