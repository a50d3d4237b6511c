import json, pytest
from tests.browser.test_accessibility import PAGES
pytestmark = pytest.mark.browser

@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_scratch(browser, axe_source, page):
    if page.user is None: browser.log_out()
    else: browser.log_in(page.user)
    browser.get(page.path(browser.server))
    if page.then: page.then(browser)
    d = browser.driver
    if not d.execute_script("return typeof window.axe === 'object'"): d.execute_script(axe_source)
    r = json.loads(d.execute_async_script("""const done=arguments[arguments.length-1];
      axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}}).then(r=>done(JSON.stringify({p:r.passes.map(x=>x.id+':'+x.nodes.length),i:r.incomplete.map(x=>({id:x.id,n:x.nodes.map(n=>[n.target, (n.any[0]||{}).message])})) ,v:r.violations.length})))"""))
    print("\n==", page.name, "htmx:", d.execute_script("return typeof htmx"), "bg:", d.execute_script("return getComputedStyle(document.body).fontFamily"))
    print(" passes:", len(r['p']), r['p'])
    for x in r['i']: print(" incomplete", x['id'], x['n'][:4])
    print(" log:", [e['message'][:200] for e in d.get_log('browser')])
