// Scorecard of one operator and period: every KPI with value, target, interval against the target, verdict,
// sample against the minimum, and for inconclusive results the sample that would settle the verdict. A family's
// results are grouped by KPI and series; a KPI's campaigns with no data fold into one line, and a KPI with many
// results shows them a page at a time.
import {get} from '../api.js';
import {intervalGlyph} from '../charts.js';
import {h, show, errorBox, loading} from '../dom.js';
import {conclusiveLabel, formatInteger, formatPeriod, formatSample, formatTarget, formatValue, resultLabel, unitLabel, verdictClass,
    verdictLabel} from '../format.js';
import {kpiName, t, tCode} from '../i18n.js';
import {byKpi, kpiBodies} from '../long-tables.js';

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
            byKpi(results).flatMap(group => kpiBodies(group, resultRow, COLUMNS.length))) : null);
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
