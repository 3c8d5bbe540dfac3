// The public page: published scorecards, without signing in (no Keycloak here), with links to the open data. An
// operator's results are grouped per KPI and series as on the scorecard: those with no data fold into one line, and
// long lists show a page at a time (long-tables.js).
import {h, show, errorBox} from './dom.js';
import {conclusiveLabel, formatInstant, formatPeriod, formatSample, formatTarget, formatValue, resultLabel, revisionText, verdictClass,
    verdictLabel} from './format.js';
import {kpiName, languageSwitch, onLanguageChange, start, t} from './i18n.js';
import {byKpi, kpiBodies} from './long-tables.js';

const BASE = '/api/v1/public/publications';

async function getJson(url) {
    const answer = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!answer.ok) {
        let problem = null;
        try { problem = await answer.json(); } catch { /* not JSON */ }
        throw Object.assign(new Error(t('error.http', {url, status: answer.status})), {problem});
    }
    return answer.json();
}

function links(id) {
    const url = `${BASE}/${encodeURIComponent(id)}`;
    return [h('a', {href: `${url}?format=csv`, class: 'csv-link'}, 'CSV'), ' · ',
        h('a', {href: `${url}?format=json`, class: 'json-link'}, 'JSON')];
}

async function list(history = false) {
    const container = document.getElementById('publications');
    const toggle = h('label', {class: 'history-toggle'},
        h('input', {type: 'checkbox', name: 'history', checked: history, onchange: event => list(event.target.checked)}),
        ' ', t('public.history'));
    try {
        const publications = await getJson(`${BASE}?size=100${history ? '&history=true' : ''}`);
        if (!publications.length) {
            show(container, toggle, h('p', {class: 'muted'}, t('public.nothing')));
            return;
        }
        show(container, toggle, h('table', {class: 'results publications'},
            h('thead', {}, h('tr', {}, ['column.period', 'public.published', 'public.operators', 'public.openData', ''].map(key => h('th', {}, key && t(key))))),
            h('tbody', {}, publications.map(p => h('tr', {class: p.supersededBy ? 'publication superseded' : 'publication',
                'data-id': p.id, 'data-revision': p.revision},
                h('td', {}, h('strong', {}, formatPeriod(p.from, p.to)), h('div', {class: 'muted revision'}, revisionText(p))),
                h('td', {}, formatInstant(p.publishedAt)),
                h('td', {}, (p.operators ?? []).map(o => h('span', {class: 'operator-verdict'}, `${o.operatorId} `,
                    h('span', {class: `badge ${verdictClass(o.overall)}`}, verdictLabel(o.overall))))),
                h('td', {}, links(p.id)),
                h('td', {}, h('button', {type: 'button', onclick: () => details(p.id)}, t('public.showResults'))))))));
    } catch (error) {
        show(container, errorBox(error));
    }
}

async function details(id, scroll = true) {
    shown = id;
    const container = document.getElementById('publication');
    try {
        const p = await getJson(`${BASE}/${encodeURIComponent(id)}?format=json`);
        show(container,
            h('h2', {}, t('public.resultsOf', {period: formatPeriod(p.from, p.to)})),
            h('p', {class: 'muted'}, t('public.publishedAt', {at: formatInstant(p.publishedAt)}),
                p.profile ? ` · ${t('publication.profile', {standard: p.profile.standard, version: p.profile.version})}` : '', ' · ', links(p.id)),
            h('p', {class: p.supersededBy ? 'revision message warning' : 'revision muted'}, revisionText(p)),
            (p.scorecards ?? []).map(card => h('section', {class: 'family'},
                h('h3', {}, `${card.operatorId} `, h('span', {class: `badge ${verdictClass(card.overall)}`}, verdictLabel(card.overall))),
                h('table', {class: 'results'},
                    h('thead', {}, h('tr', {}, ['column.kpi', 'column.value', 'column.target', 'column.interval', 'column.sample', 'column.verdict'].map(key => h('th', {}, t(key))))),
                    byKpi(Object.values(card.families ?? {}).flatMap(f => f.results ?? []))
                        .flatMap(group => kpiBodies(group, resultRow, COLUMNS))))));
        if (scroll) container.scrollIntoView();
    } catch (error) {
        show(container, errorBox(error));
    }
}

const COLUMNS = 6;

function resultRow(r) {
    return h('tr', {class: 'published-result'},
        h('td', {}, h('strong', {}, kpiName(r.kpiId)), h('div', {class: 'muted'}, [kpiName(r.kpiId) !== r.kpiId ? r.kpiId : null, resultLabel(r)].filter(Boolean).join(' · '))),
        h('td', {class: 'num'}, formatValue(r.value, r.unit)),
        h('td', {class: 'num'}, formatTarget(r.target, r.unit)),
        h('td', {class: 'num'}, r.confidence ? `${formatValue(r.confidence.lower, r.unit)} – ${formatValue(r.confidence.upper, r.unit)}` : '–'),
        h('td', {class: 'num'}, formatSample(r)),
        h('td', {}, h('span', {class: `badge ${verdictClass(r.verdict)}`}, verdictLabel(r.verdict)),
            h('div', {class: 'muted'}, conclusiveLabel(r))));
}

let shown = null;

async function main() {
    await start();
    document.querySelector('header').append(languageSwitch());
    onLanguageChange(async () => {
        await list(document.querySelector('input[name=history]')?.checked ?? false);
        if (shown) await details(shown, false);
    });
    await list();
}

main();
