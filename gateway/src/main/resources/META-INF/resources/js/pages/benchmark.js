// Benchmark of every operator for one KPI (and method) and period. Operators whose 95 % intervals overlap are
// statistically tied: they share a rank (ties.js).
import {get} from '../api.js';
import {benchmarkChart} from '../charts.js';
import {h, show, loading} from '../dom.js';
import {formatTarget, formatValue, verdictClass, verdictLabel} from '../format.js';
import {rankWithTies} from '../ties.js';

export const title = 'Benchmark';

export async function render(main, ctx) {
    show(main, h('h1', {}, title), loading());
    const operators = await ctx.loadOperators();
    const cards = await Promise.all(operators.map(id => get('scorecards', {operatorId: id, from: ctx.from, to: ctx.to})));
    const results = cards.flatMap(card => Object.values(card.families).flatMap(f => f.results ?? []))
        .filter(r => r.target && r.value !== undefined);

    // The KPIs to compare: one choice per KPI and method, since a method sets its own sample rules.
    const keyOf = r => `${r.kpiId}|${r.method ?? ''}`;
    const choices = [...new Set(results.map(keyOf))].sort();
    const chosen = choices.includes(ctx.params.kpi) ? ctx.params.kpi : choices[0];
    const picker = h('label', {class: 'picker'}, 'KPI ',
        h('select', {name: 'kpi', onchange: event => ctx.set({kpi: event.target.value})},
            choices.map(key => h('option', {value: key, selected: key === chosen}, key.replace('|', ' · ').replace(/ · $/, '')))));
    const toolbar = ctx.toolbar(picker, ctx.periodPicker());
    if (!chosen) {
        show(main, h('h1', {}, title), toolbar, h('p', {class: 'muted'}, 'No KPI result in this period.'));
        return;
    }

    const compared = results.filter(r => keyOf(r) === chosen);
    const {unit, target} = compared[0];
    const ranked = rankWithTies(compared.map(r => ({
        operatorId: r.operatorId,
        label: [r.operatorId, r.areaCode].filter(Boolean).join(' · '),
        value: r.value, lower: r.confidence?.lower, upper: r.confidence?.upper,
        verdict: r.verdict, conclusive: r.conclusive, sample: r.sample,
    })), target.comparator);

    show(main,
        h('h1', {}, `Benchmark: ${chosen.replace('|', ' · ').replace(/ · $/, '')}`),
        toolbar,
        h('p', {class: 'muted'}, `Target ${formatTarget(target, unit)}. Operators whose 95 % intervals overlap are`
            + ' statistically tied and share a rank; only separated intervals are ranked apart.'),
        benchmarkChart(ranked, target, unit),
        h('table', {class: 'results benchmark'},
            h('thead', {}, h('tr', {}, ['Rank', 'Operator', 'Value', '95 % interval', 'Verdict', 'Tied with'].map(t => h('th', {}, t)))),
            h('tbody', {}, ranked.map(e => h('tr', {class: 'benchmark-entry', 'data-operator': e.operatorId, 'data-rank': e.rank ?? ''},
                h('td', {class: 'num'}, e.rank ?? '–'),
                h('td', {}, h('strong', {}, e.label)),
                h('td', {class: 'num'}, formatValue(e.value, unit)),
                h('td', {class: 'num'}, e.lower !== undefined && e.lower !== null
                    ? `${formatValue(e.lower, unit)} – ${formatValue(e.upper, unit)}` : '–'),
                h('td', {}, h('span', {class: `badge ${verdictClass(e.verdict)}`}, verdictLabel(e.verdict))),
                h('td', {}, e.tiedWith.length ? h('span', {class: 'tied'}, `statistically tied with ${e.tiedWith.map(t => t.label).join(', ')}`)
                    : h('span', {class: 'muted'}, e.rank ? 'no tie' : 'no value')))))));
}
