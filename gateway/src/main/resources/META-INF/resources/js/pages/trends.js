// Trend of a KPI for an operator: value and 95 % interval per campaign period, from the families' compliance
// listings over a wide range of dates, one series per method and area. The table lists the results by series and
// period a page at a time; the campaigns with no data fold into one line, and draw nothing.
import {get} from '../api.js';
import {trendChart} from '../charts.js';
import {wideRange} from '../context.js';
import {h, show, loading} from '../dom.js';
import {formatDate, formatPeriod, formatTarget, formatValue, resultLabel, verdictClass, verdictLabel} from '../format.js';
import {kpiName, t, tn} from '../i18n.js';
import {foldNoData, hasNoData, paginate, pagerRow} from '../long-tables.js';

export const titleKey = 'page.trends';

const FAMILIES = ['voice', 'coverage', 'billing', 'complaints'];

export async function render(main, ctx) {
    show(main, h('h1', {}, t(titleKey)), loading());
    const range = wideRange();
    // The operators with results at any time in the range (the regulator's choice).
    await ctx.loadOperators(range);
    if (!ctx.operatorId) {
        show(main, h('h1', {}, t(titleKey)), h('p', {class: 'muted'}, t('trends.noOperator')));
        return;
    }
    const listings = await Promise.all(FAMILIES.map(family =>
        get(`${family}/compliance`, {operatorId: ctx.operatorId, ...range}).catch(() => [])));
    const results = listings.flat().filter(r => r.target);
    const kpis = [...new Set(results.map(r => r.kpiId))].sort();
    const kpi = kpis.includes(ctx.params.kpi) ? ctx.params.kpi : kpis[0];
    const toolbar = ctx.toolbar(ctx.operatorPicker(),
        h('label', {class: 'picker'}, t('picker.kpi'), ' ',
            h('select', {name: 'kpi', onchange: event => ctx.set({kpi: event.target.value})},
                kpis.map(id => h('option', {value: id, selected: id === kpi}, kpiName(id))))));
    if (!kpi) {
        show(main, h('h1', {}, t(titleKey)), toolbar, h('p', {class: 'muted'}, t('trends.noResult')));
        return;
    }

    const points = results.filter(r => r.kpiId === kpi).map(r => ({...r, period: `${r.periodStart}..${r.periodEnd}`, series: resultLabel(r) || kpiName(kpi)}));
    const periods = [...new Set(points.map(p => p.period))].sort();
    const withData = points.filter(p => !hasNoData(p));
    const empty = points.filter(hasNoData);
    const folded = empty.length >= 2;
    // a series is drawn when one of its points has a value or an interval (a legend entry for nothing drawn is noise)
    const bySeries = new Map();
    for (const p of withData.filter(p => p.value !== null && p.value !== undefined || p.confidence)) {
        if (!bySeries.has(p.series)) bySeries.set(p.series, {label: p.series, points: []});
        bySeries.get(p.series).points.push(p);
    }
    const series = [...bySeries.values()].sort((a, b) => a.label.localeCompare(b.label));
    const {target, unit} = points[0];

    const bySeriesThenPeriod = (a, b) => a.series.localeCompare(b.series) || a.period.localeCompare(b.period);
    const rowOf = (p, i, listed) => h('tr', {class: i && listed[i - 1].series === p.series ? 'trend-row' : 'trend-row series-start',
        'data-period': p.period, 'data-series': p.series},
        h('td', {}, formatPeriod(p.periodStart, p.periodEnd)),
        h('td', {}, p.series),
        h('td', {class: 'num'}, formatValue(p.value, unit)),
        h('td', {class: 'num'}, p.confidence ? `${formatValue(p.confidence.lower, unit)} – ${formatValue(p.confidence.upper, unit)}` : '–'),
        h('td', {}, h('span', {class: `badge ${verdictClass(p.verdict)}`}, verdictLabel(p.verdict))));
    const listed = (folded ? withData : points).sort(bySeriesThenPeriod);
    const rows = listed.map(rowOf);
    const body = h('tbody', {class: 'trend-rows'}, rows);
    const pager = paginate(rows, {label: t('trends.tableLabel')});
    if (pager) body.append(pagerRow(pager, COLUMNS));
    const fold = folded ? foldNoData(empty.sort(bySeriesThenPeriod), rowOf, COLUMNS) : null;

    show(main,
        h('h1', {}, t('trends.heading', {kpi: kpiName(kpi), operator: ctx.operatorId})),
        toolbar,
        h('p', {class: 'muted'}, tn('trends.explain', periods.length, {from: formatDate(range.from), to: formatDate(range.to),
            target: formatTarget(target, unit)})),
        trendChart(periods, series, target, unit),
        h('table', {class: 'results trend'},
            h('thead', {}, h('tr', {}, ['column.period', 'trends.series', 'column.value', 'column.interval', 'column.verdict'].map(key => h('th', {}, t(key))))),
            body,
            fold ? [h('tbody', {class: 'fold'}, fold.line), fold.body] : null));
}

const COLUMNS = 5;
