"""The catalog's only style and script, inlined in each page: no CDN, no web font, no
network request, so a page renders from a file:// URL or any static web server offline."""

from __future__ import annotations

STYLE = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 margin:0;color:#1f2328;background:#f6f8fa;line-height:1.45}
header{background:#1d3b5c;color:#fff;padding:.8rem 1.5rem}
header a{color:#fff;text-decoration:none;font-weight:600}
header .crumbs a{font-weight:400;opacity:.85}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.6rem;margin:.6rem 0 .2rem}h2{font-size:1.25rem;margin-top:2rem;
 border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1.05rem}
.sub{color:#57606a;margin:.1rem 0 .8rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;background:#fff;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.25rem .55rem;text-align:left;vertical-align:top}
th{background:#eef1f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.88rem}
pre{background:#fff;border:1px solid #d0d7de;padding:.7rem;overflow:auto}
.tag{display:inline-block;background:#e7eef7;color:#1d3b5c;border-radius:.7rem;
 padding:0 .55rem;margin:0 .25rem .25rem 0;font-size:.82rem}
.tag.restricted{background:#fbe9e7;color:#8a1c0c}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;background:#fff;
 border:1px solid #d0d7de;padding:.7rem;margin:.8rem 0}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#57606a}
.filters input,.filters select{font-size:.95rem;padding:.25rem;min-width:10rem}
.cards{list-style:none;padding:0;margin:0}
.card{background:#fff;border:1px solid #d0d7de;border-radius:.4rem;padding:.8rem 1rem;
 margin:.6rem 0}
.card h2{border:0;margin:0;font-size:1.15rem}.card p{margin:.3rem 0}
.card[hidden]{display:none}
.facts{color:#57606a;font-size:.88rem}
.samples{display:flex;flex-wrap:wrap;gap:.8rem}.sample{margin:0;background:#000;padding:.3rem}
.sample img{display:block;max-width:256px;max-height:256px}.sample figcaption{color:#ddd;font-size:.8rem}
svg.chart{background:#fff;border:1px solid #d0d7de;margin:.3rem 0 1rem;font-size:11px;
 font-family:inherit}
svg.chart text{fill:#1f2328}
details{background:#fff;border:1px solid #d0d7de;padding:.5rem .8rem;margin:.6rem 0}
summary{cursor:pointer;font-weight:600}
.ok{color:#1a7f37}.bad{color:#cf222e}
td.hash{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all}
"""

# Filters read and write the query string (?q=…&modality=…&registry=…&label=…&access=…&size=…),
# so a filtered list is a link that can be shared, bookmarked or opened by a test.
SCRIPT = """
(function(){
  var form=document.getElementById('filters');
  if(!form){return;}
  var fields=['q','modality','registry','label','access','size'];
  var cards=[].slice.call(document.querySelectorAll('.card'));
  var count=document.getElementById('shown');
  function has(list,value){return ('|'+list+'|').indexOf('|'+value+'|')>=0;}
  function apply(){
    var v={};fields.forEach(function(f){v[f]=(form.elements[f].value||'').trim();});
    var words=v.q.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown=0;
    cards.forEach(function(c){
      var d=c.dataset,text=d.search||'';
      var ok=words.every(function(w){return text.indexOf(w)>=0;})
        &&(!v.modality||d.modality===v.modality)
        &&(!v.registry||has(d.registries,v.registry))
        &&(!v.label||has(d.labels,v.label))
        &&(!v.access||d.access===v.access)
        &&(!v.size||d.size===v.size);
      c.hidden=!ok;if(ok){shown++;}
    });
    count.textContent=shown+' of '+cards.length+' datasets shown';
    var params=new URLSearchParams();
    fields.forEach(function(f){if(v[f]){params.set(f,v[f]);}});
    var query=params.toString();
    try{history.replaceState(null,'',location.pathname+(query?'?'+query:''));}catch(e){}
  }
  var given=new URLSearchParams(location.search);
  fields.forEach(function(f){if(given.has(f)){form.elements[f].value=given.get(f);}});
  form.addEventListener('input',apply);form.addEventListener('change',apply);
  form.addEventListener('submit',function(e){e.preventDefault();apply();});
  apply();
})();
"""
