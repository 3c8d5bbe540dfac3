// Scorecard of one operator and period: every KPI with value, target, interval against the target, verdict,
// sample against the minimum, and for inconclusive results the sample that would settle the verdict. A family's
// results are grouped by KPI and series; a KPI's campaigns with no data fold into one line, and a KPI with many
// results shows them a page at a time.
import {get} from '../api.js';
import {intervalGlyph} from '../charts.js';
import {h, show, errorBox, loading} from '../dom.js';
import {conclusiveLabel, formatInteger, formatPeriod, formatSample, formatTarget, formatValue, resultLabel, unitLabel, verdictClass,
    verdictLabel} from '../format.js';
import {kpiName, t, tCode, tn} from '../i18n.js';
import {foldNoData, hasNoData, paginate, pagerRow} from '../long-tables.js';

export const titleKey = 'page.scorecard';

export async function render(main, ctx) {
    show(main, loading());
    await ctx.loadOperators();
    const toolbar = ctx.toolbar(ctx.operatorPicker(), ctx.periodPicker());
    if (!ctx.operatorId) {
        show(main, h('h1', {}, t(titleKey)), toolbar);
        return;
    }
    show(main, h('h1', {}, t('scorecard.heading', {operator: ctx.operatorId})), toolbar, loading());
    const card = await get('scorecards', {operatorId: ctx.operatorId, from: ctx.from, to: ctx.to});
    show(main,
        h('h1', {}, t('scorecard.heading', {operator: card.operatorId})),
        toolbar,
        h('p', {class: 'overall'}, t('scorecard.overall'), ' ',
            h('span', {class: `badge ${verdictClass(card.overall)}`, 'data-overall': card.overall}, verdictLabel(card.overall)),
            ` · ${formatPeriod(card.from, card.to)}`),
        Object.entries(card.families).map(([family, part]) => familySection(family, part)));
}

const COLUMNS = ['kpi', 'value', 'target', 'interval', 'verdict', 'sample'];

function familySection(family, part) {
    const results = part.results ?? [];
    return h('section', {class: 'family', 'data-family': family},
        h('h2', {}, tCode('family', family), part.status !== 'OK' ? h('span', {class: 'badge fail', 'data-status': part.status}, tCode('status', part.status)) : null),
        part.status !== 'OK' ? h('p', {class: 'message error'}, part.detail ?? t('scorecard.noAnswer')) : null,
        part.status === 'OK' && !results.length ? h('p', {class: 'muted'}, t('scorecard.noResult')) : null,
        results.length ? h('table', {class: 'results scorecard'},
            h('colgroup', {}, COLUMNS.map(c => h('col', {class: `col-${c}`}))),
            h('thead', {}, h('tr', {},
                ['column.kpi', 'column.value', 'column.target', 'scorecard.intervalColumn', 'column.verdict', 'column.sample']
                    .map(key => h('th', {}, t(key))))),
            byKpi(results).flatMap(kpiGroup)) : null);
}

/** A series of a KPI: its method and area ("" sorts first). */
function seriesKey(r) {
    return `${r.method ?? ''}\u0000${r.areaCode ?? ''}`;
}

/** The results per KPI in the order the family lists its KPIs, each KPI's by series, then period. */
function byKpi(results) {
    const groups = new Map();
    for (const r of results) {
        if (!groups.has(r.kpiId)) groups.set(r.kpiId, []);
        groups.get(r.kpiId).push(r);
    }
    return [...groups].map(([kpiId, list]) => ({kpiId, results: list.sort((a, b) =>
        seriesKey(a).localeCompare(seriesKey(b)) || String(a.periodStart).localeCompare(String(b.periodStart)))}));
}

/**
 * The table bodies of one KPI: a heading when it has several results, its results with data (a page at a time),
 * and those with no data folded into one line when there are two or more (a fold of one would hide nothing).
 */
function kpiGroup({kpiId, results}) {
    const empty = results.filter(hasNoData);
    const folded = empty.length >= 2;
    const rows = (folded ? results.filter(r => !hasNoData(r)) : results).map(resultRow);
    const body = h('tbody', {class: 'kpi-group', 'data-kpi': kpiId},
        results.length > 1 ? h('tr', {class: 'kpi-heading'}, h('th', {colspan: COLUMNS.length, scope: 'rowgroup'},
            kpiName(kpiId), ' ', h('span', {class: 'muted'}, tn('scorecard.kpiResults', results.length, {count: formatInteger(results.length)})))) : null,
        rows);
    const pager = paginate(rows, {label: kpiName(kpiId)});
    if (pager) body.append(pagerRow(pager, COLUMNS.length));
    if (!folded) return [body];
    const fold = foldNoData(empty, resultRow, COLUMNS.length);
    body.append(fold.line);
    return [body, fold.body];
}

function resultRow(r) {
    const c = r.confidence;
    return h('tr', {class: 'kpi', 'data-kpi': r.kpiId},
        h('td', {}, h('strong', {class: 'kpi-name'}, kpiName(r.kpiId)),
            h('div', {class: 'muted'}, [kpiName(r.kpiId) !== r.kpiId ? r.kpiId : null, t('scorecard.clause', {clause: r.clause}), resultLabel(r)].filter(Boolean).join(' · '))),
        h('td', {class: 'num'}, formatValue(r.value, r.unit), h('div', {class: 'muted'}, unitLabel(r.unit))),
        h('td', {class: 'num'}, formatTarget(r.target, r.unit)),
        h('td', {}, intervalGlyph(r),
            h('div', {class: 'muted'}, c ? `${formatValue(c.lower, r.unit)} – ${formatValue(c.upper, r.unit)}` : t('scorecard.noInterval'))),
        h('td', {},
            h('span', {class: `badge ${verdictClass(r.verdict)}`}, verdictLabel(r.verdict)),
            h('div', {class: 'muted'}, conclusiveLabel(r))),
        h('td', {}, sampleCell(r)));
}

function sampleCell(r) {
    const sample = r.sample ?? {};
    const lines = [h('div', {}, formatSample(r),
        sample.sufficient === false ? h('span', {class: 'badge insufficient small'}, t('sample.tooFew')) : null)];
    if (sample.excluded) lines.push(h('div', {class: 'muted'}, t('sample.excluded', {count: formatInteger(sample.excluded)})));
    const more = r.conclusiveSample;
    if (more) {
        lines.push(more.needed === null || more.needed === undefined
            ? h('div', {class: 'conclusive-sample'}, t('sample.neverConclusive'))
            : h('div', {class: 'conclusive-sample'},
                t('sample.moreTrials', {additional: formatInteger(more.additional), needed: formatInteger(more.needed),
                    trials: formatInteger(more.trials)})));
    }
    return lines;
}

export function failure(main, error) {
    main.append(errorBox(error));
}
