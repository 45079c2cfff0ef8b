import sys, zipfile
from lxml import etree
W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
def ptext(p):
    out=[]
    for el in p.iter():
        if el.tag==W+'t': out.append(el.text or '')
        elif el.tag==W+'delText': out.append('{-'+(el.text or '')+'-}')
        elif el.tag==W+'tab': out.append('\t')
    return ''.join(out)
def dump(path):
    z=zipfile.ZipFile(path)
    doc=etree.fromstring(z.read('word/document.xml'))
    body=doc.find(W+'body')
    for el in body:
        if el.tag==W+'p':
            st=el.find(W+'pPr/'+W+'pStyle')
            s=st.get(W+'val') if st is not None else ''
            t=ptext(el)
            if t.strip(): print('[%s] %s'%(s,t))
        elif el.tag==W+'tbl':
            for tr in el.findall(W+'tr'):
                cells=[]
                for tc in tr.findall(W+'tc'):
                    vm=tc.find(W+'tcPr/'+W+'vMerge')
                    tag='' if vm is None else ('^' if vm.get(W+'val')!='restart' else 'v')
                    cells.append(tag+' / '.join(ptext(p) for p in tc.findall(W+'p') if ptext(p)))
                print('  | '+' | '.join(cells))
    for n in z.namelist():
        if 'header' in n or 'footer' in n:
            x=etree.fromstring(z.read(n)); print(n, '::', ' / '.join(ptext(p) for p in x.iter(W+'p')))
dump(sys.argv[1])
