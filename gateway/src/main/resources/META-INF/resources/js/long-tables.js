// Tables of many results (fifty campaigns in a quarter): results with no data folded into one line that opens on
// demand, and long lists shown a page at a time with a pager that the keyboard drives as well as the mouse.
import {h} from './dom.js';
import {formatInteger, verdictLabel} from './format.js';
import {kpiName, t, tn} from './i18n.js';

/** Rows shown on one page of a long table. */
export const PAGE_SIZE = 20;

let folds = 0;

/**
 * A result with no data: nothing was received (sample total 0) and it has neither value nor verdict beyond
 * INSUFFICIENT_DATA, as a campaign created but never uploaded to reads. A result with rows that were all excluded
 * is not one: its exclusions are worth a line of their own.
 */
export function hasNoData(result) {
    const total = result.sample?.total ?? 0;
    const noValue = result.value === null || result.value === undefined;
    const noVerdict = !result.verdict || result.verdict === 'INSUFFICIENT_DATA';
    return total === 0 && noValue && noVerdict && !result.confidence;
}

/**
 * Shows `rows` (elements in order, usually table rows) `size` at a time by their hidden attribute, and returns the
 * pager that moves between pages, or null when every row fits on one page. The pager's buttons are reached with Tab
 * and pressed with Enter or Space; within it ← and → move a page, Home and End to the first and last. The status
 * ("rows 21–40 of 53") is announced politely to screen readers.
 */
export function paginate(rows, {size = PAGE_SIZE, label} = {}) {
    const pages = Math.ceil(rows.length / size);
    if (pages <= 1) return null;
    let current = 0;
    const previous = h('button', {type: 'button', class: 'pager-previous'}, t('pager.previous'));
    const next = h('button', {type: 'button', class: 'pager-next'}, t('pager.next'));
    const status = h('span', {class: 'pager-status', role: 'status', 'aria-live': 'polite'});
    const nav = h('nav', {class: 'pager', 'aria-label': label ? t('pager.labelOf', {table: label}) : t('pager.label'),
        'data-pages': pages}, previous, status, next);

    function go(page) {
        current = Math.min(pages - 1, Math.max(0, page));
        const first = current * size;
        rows.forEach((row, i) => {
            row.hidden = i < first || i >= first + size;
        });
        nav.dataset.page = String(current + 1);
        status.textContent = t('pager.status', {first: formatInteger(first + 1), last: formatInteger(Math.min(rows.length, first + size)),
            total: formatInteger(rows.length), page: formatInteger(current + 1), pages: formatInteger(pages)});
        // at either end the button stays focusable (aria-disabled, not disabled), so the keyboard's place is kept
        previous.setAttribute('aria-disabled', String(current === 0));
        next.setAttribute('aria-disabled', String(current === pages - 1));
    }

    previous.addEventListener('click', () => go(current - 1));
    next.addEventListener('click', () => go(current + 1));
    nav.addEventListener('keydown', event => {
        const moves = {ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: pages - 1};
        if (!(event.key in moves)) return;
        event.preventDefault();
        go(moves[event.key]);
    });
    go(0);
    return nav;
}

/** A pager in a row of its own at the end of a table's body, across `columns` columns. */
export function pagerRow(pager, columns) {
    return h('tr', {class: 'pager-row'}, h('td', {colspan: columns}, pager));
}

/**
 * The results with no data of one group folded into one line of a table, and the body holding their rows (hidden,
 * a page at a time once opened). Returns {line, body}: the line goes where the rows would have been, the body
 * right after the line's body. The line's button says how many there are and opens or closes them (aria-expanded).
 */
export function foldNoData(results, rowOf, columns) {
    const rows = results.map(rowOf);
    const id = `no-data-${++folds}`;
    const body = h('tbody', {class: 'no-data', id, hidden: true}, rows);
    const pager = paginate(rows);
    if (pager) body.append(pagerRow(pager, columns));
    const campaigns = results.every(r => r.campaignId);
    const count = results.length;
    const toggle = h('button', {type: 'button', class: 'fold-toggle', 'aria-expanded': 'false', 'aria-controls': id},
        tn(campaigns ? 'fold.noDataCampaigns' : 'fold.noDataResults', count, {count: formatInteger(count)}));
    toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        body.hidden = !open;
    });
    const line = h('tr', {class: 'no-data-fold', 'data-count': count},
        h('td', {colspan: columns}, toggle, ' ',
            h('span', {class: 'badge insufficient small'}, verdictLabel('INSUFFICIENT_DATA')), ' ',
            h('span', {class: 'muted'}, t('fold.noDataExplain'))));
    return {line, body};
}

/** A series of a KPI: its method and area ("" sorts first). */
function seriesKey(r) {
    return `${r.method ?? ''}\u0000${r.areaCode ?? ''}`;
}

/** The results per KPI in the order the KPIs come, each KPI's by series (method, area), then period. */
export function byKpi(results) {
    const groups = new Map();
    for (const r of results) {
        if (!groups.has(r.kpiId)) groups.set(r.kpiId, []);
        groups.get(r.kpiId).push(r);
    }
    return [...groups].map(([kpiId, list]) => ({kpiId, results: list.sort((a, b) =>
        seriesKey(a).localeCompare(seriesKey(b)) || String(a.periodStart).localeCompare(String(b.periodStart)))}));
}

/**
 * The table bodies of one KPI's results (from byKpi), each a row by `rowOf`, across `columns` columns: a heading when
 * it has several results, its results with data a page at a time, and those with no data folded into one line when
 * there are two or more (a fold of one would hide nothing).
 */
export function kpiBodies({kpiId, results}, rowOf, columns) {
    const empty = results.filter(hasNoData);
    const folded = empty.length >= 2;
    const rows = (folded ? results.filter(r => !hasNoData(r)) : results).map(rowOf);
    const body = h('tbody', {class: 'kpi-group', 'data-kpi': kpiId},
        results.length > 1 ? h('tr', {class: 'kpi-heading'}, h('th', {colspan: columns, scope: 'rowgroup'},
            kpiName(kpiId), ' ', h('span', {class: 'muted'}, tn('table.kpiResults', results.length, {count: formatInteger(results.length)})))) : null,
        rows);
    const pager = paginate(rows, {label: kpiName(kpiId)});
    if (pager) body.append(pagerRow(pager, columns));
    if (!folded) return [body];
    const fold = foldNoData(empty, rowOf, columns);
    body.append(fold.line);
    return [body, fold.body];
}
