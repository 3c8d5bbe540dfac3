// Scorecard of one operator and period: every KPI with value, target, interval against the target, verdict,
// sample against the minimum, and for inconclusive results the sample that would settle the verdict.
import {get} from '../api.js';
import {intervalGlyph} from '../charts.js';
import {h, show, errorBox, loading} from '../dom.js';
import {formatInteger, formatSample, formatTarget, formatValue, resultLabel, unitLabel, verdictClass, verdictLabel} from '../format.js';

export const title = 'Scorecard';

export async function render(main, ctx) {
    show(main, loading());
    await ctx.loadOperators();
    const toolbar = ctx.toolbar(ctx.operatorPicker(), ctx.periodPicker());
    if (!ctx.operatorId) {
        show(main, h('h1', {}, title), toolbar);
        return;
    }
    show(main, h('h1', {}, `Scorecard of ${ctx.operatorId}`), toolbar, loading());
    const card = await get('scorecards', {operatorId: ctx.operatorId, from: ctx.from, to: ctx.to});
    show(main,
        h('h1', {}, `Scorecard of ${card.operatorId}`),
        toolbar,
        h('p', {class: 'overall'}, 'Overall ',
            h('span', {class: `badge ${verdictClass(card.overall)}`, 'data-overall': card.overall}, card.overall),
            ` · ${card.from} – ${card.to}`),
        Object.entries(card.families).map(([family, part]) => familySection(family, part)));
}

function familySection(family, part) {
    const results = part.results ?? [];
    return h('section', {class: 'family', 'data-family': family},
        h('h2', {}, family[0].toUpperCase() + family.slice(1), part.status !== 'OK' ? h('span', {class: 'badge fail'}, part.status) : null),
        part.status !== 'OK' ? h('p', {class: 'message error'}, part.detail ?? 'The service did not answer in time.') : null,
        part.status === 'OK' && !results.length ? h('p', {class: 'muted'}, 'No result in this period.') : null,
        results.length ? h('table', {class: 'results scorecard'},
            h('colgroup', {}, ['kpi', 'value', 'target', 'interval', 'verdict', 'sample'].map(c => h('col', {class: `col-${c}`}))),
            h('thead', {}, h('tr', {},
                ['KPI', 'Value', 'Target', '95 % interval against the target', 'Verdict', 'Sample']
                    .map(t => h('th', {}, t)))),
            h('tbody', {}, results.map(resultRow))) : null);
}

function resultRow(r) {
    const c = r.confidence;
    return h('tr', {class: 'kpi', 'data-kpi': r.kpiId},
        h('td', {}, h('strong', {}, r.kpiId), h('div', {class: 'muted'}, `clause ${r.clause} · ${resultLabel(r)}`)),
        h('td', {class: 'num'}, formatValue(r.value, r.unit), h('div', {class: 'muted'}, unitLabel(r.unit))),
        h('td', {class: 'num'}, formatTarget(r.target, r.unit)),
        h('td', {}, intervalGlyph(r),
            h('div', {class: 'muted'}, c ? `${formatValue(c.lower, r.unit)} – ${formatValue(c.upper, r.unit)}` : 'no interval (not a sampled share)')),
        h('td', {},
            h('span', {class: `badge ${verdictClass(r.verdict)}`}, verdictLabel(r.verdict)),
            h('div', {class: 'muted'}, r.verdict ? (r.conclusive ? 'conclusive' : 'not conclusive') : 'informative')),
        h('td', {}, sampleCell(r)));
}

function sampleCell(r) {
    const sample = r.sample ?? {};
    const lines = [h('div', {}, formatSample(r),
        sample.sufficient === false ? h('span', {class: 'badge insufficient small'}, 'too few') : null)];
    if (sample.excluded) lines.push(h('div', {class: 'muted'}, `${formatInteger(sample.excluded)} excluded`));
    const more = r.conclusiveSample;
    if (more) {
        lines.push(more.needed === null || more.needed === undefined
            ? h('div', {class: 'conclusive-sample'}, 'No larger sample would make it conclusive at this estimate')
            : h('div', {class: 'conclusive-sample'},
                `${formatInteger(more.additional)} more trials (${formatInteger(more.needed)} instead of ${formatInteger(more.trials)}) would make it conclusive at this estimate`));
    }
    return lines;
}

export function failure(main, error) {
    main.append(errorBox(error));
}
