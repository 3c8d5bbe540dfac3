// The public page: published scorecards, without signing in (no Keycloak here), with links to the open data.
import {h, show, errorBox} from './dom.js';
import {formatInstant, formatSample, formatTarget, formatValue, resultLabel, verdictClass, verdictLabel} from './format.js';

const BASE = '/api/v1/public/publications';

async function getJson(url) {
    const answer = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!answer.ok) {
        let problem = null;
        try { problem = await answer.json(); } catch { /* not JSON */ }
        throw Object.assign(new Error(`GET ${url} answered ${answer.status}`), {problem});
    }
    return answer.json();
}

function links(id) {
    const url = `${BASE}/${encodeURIComponent(id)}`;
    return [h('a', {href: `${url}?format=csv`, class: 'csv-link'}, 'CSV'), ' · ',
        h('a', {href: `${url}?format=json`, class: 'json-link'}, 'JSON')];
}

/** "revision 2 · supersedes … · reason …" (and "superseded by …"): the place of a publication among its period's. */
function revisionText(p) {
    const parts = [`revision ${p.revision ?? 1}`];
    if (p.supersedes) parts.push(`supersedes ${p.supersedes}`);
    if (p.reason) parts.push(`reason: ${p.reason}`);
    if (p.supersededBy) parts.push(`superseded by ${p.supersededBy}`);
    return parts.join(' · ');
}

async function list(history = false) {
    const container = document.getElementById('publications');
    const toggle = h('label', {class: 'history-toggle'},
        h('input', {type: 'checkbox', name: 'history', checked: history, onchange: event => list(event.target.checked)}),
        ' Show superseded revisions');
    try {
        const publications = await getJson(`${BASE}?size=100${history ? '&history=true' : ''}`);
        if (!publications.length) {
            show(container, toggle, h('p', {class: 'muted'}, 'Nothing has been published yet.'));
            return;
        }
        show(container, toggle, h('table', {class: 'results publications'},
            h('thead', {}, h('tr', {}, ['Period', 'Published', 'Operators', 'Open data', ''].map(t => h('th', {}, t)))),
            h('tbody', {}, publications.map(p => h('tr', {class: p.supersededBy ? 'publication superseded' : 'publication',
                'data-id': p.id, 'data-revision': p.revision},
                h('td', {}, h('strong', {}, `${p.from} – ${p.to}`), h('div', {class: 'muted revision'}, revisionText(p))),
                h('td', {}, formatInstant(p.publishedAt)),
                h('td', {}, (p.operators ?? []).map(o => h('span', {class: 'operator-verdict'}, `${o.operatorId} `,
                    h('span', {class: `badge ${verdictClass(o.overall)}`}, o.overall)))),
                h('td', {}, links(p.id)),
                h('td', {}, h('button', {type: 'button', onclick: () => details(p.id)}, 'Show results')))))));
    } catch (error) {
        show(container, errorBox(error));
    }
}

async function details(id) {
    const container = document.getElementById('publication');
    try {
        const p = await getJson(`${BASE}/${encodeURIComponent(id)}?format=json`);
        show(container,
            h('h2', {}, `Results of ${p.from} – ${p.to}`),
            h('p', {class: 'muted'}, `Published ${formatInstant(p.publishedAt)}`,
                p.profile ? ` · ${p.profile.standard}, profile ${p.profile.version}` : '', ' · ', links(p.id)),
            h('p', {class: p.supersededBy ? 'revision message warning' : 'revision muted'}, revisionText(p)),
            (p.scorecards ?? []).map(card => h('section', {class: 'family'},
                h('h3', {}, `${card.operatorId} `, h('span', {class: `badge ${verdictClass(card.overall)}`}, card.overall)),
                h('table', {class: 'results'},
                    h('thead', {}, h('tr', {}, ['KPI', 'Value', 'Target', '95 % interval', 'Sample', 'Verdict'].map(t => h('th', {}, t)))),
                    h('tbody', {}, Object.values(card.families ?? {}).flatMap(f => f.results ?? []).map(r => h('tr', {},
                        h('td', {}, h('strong', {}, r.kpiId), h('div', {class: 'muted'}, resultLabel(r))),
                        h('td', {class: 'num'}, formatValue(r.value, r.unit)),
                        h('td', {class: 'num'}, formatTarget(r.target, r.unit)),
                        h('td', {class: 'num'}, r.confidence ? `${formatValue(r.confidence.lower, r.unit)} – ${formatValue(r.confidence.upper, r.unit)}` : '–'),
                        h('td', {class: 'num'}, formatSample(r)),
                        h('td', {}, h('span', {class: `badge ${verdictClass(r.verdict)}`}, verdictLabel(r.verdict)),
                            h('div', {class: 'muted'}, r.verdict ? (r.conclusive ? 'conclusive' : 'not conclusive') : '')))))))));
        container.scrollIntoView();
    } catch (error) {
        show(container, errorBox(error));
    }
}

list();
