// Benchmark of every operator for one KPI (and method) and period. Operators whose 95 % intervals overlap are
// statistically tied: they share a rank (ties.js).
import {get} from '../api.js';
import {benchmarkChart} from '../charts.js';
import {h, show, loading} from '../dom.js';
import {formatTarget, formatValue, methodLabel, verdictClass, verdictLabel} from '../format.js';
import {kpiName, t} from '../i18n.js';
import {rankWithTies} from '../ties.js';

export const titleKey = 'page.benchmark';

/** A KPI and method choice (voice.quality|OBJECTIVE) in words. */
function choiceLabel(key) {
    const [kpiId, method] = key.split('|');
    return [kpiName(kpiId), method ? methodLabel(method) : null].filter(Boolean).join(' · ');
}

export async function render(main, ctx) {
    show(main, h('h1', {}, t(titleKey)), loading());
    const operators = await ctx.loadOperators();
    const cards = await Promise.all(operators.map(id => get('scorecards', {operatorId: id, from: ctx.from, to: ctx.to})));
    const results = cards.flatMap(card => Object.values(card.families).flatMap(f => f.results ?? []))
        .filter(r => r.target && r.value !== undefined);

    // The KPIs to compare: one choice per KPI and method, since a method sets its own sample rules.
    const keyOf = r => `${r.kpiId}|${r.method ?? ''}`;
    const choices = [...new Set(results.map(keyOf))].sort();
    const chosen = choices.includes(ctx.params.kpi) ? ctx.params.kpi : choices[0];
    const picker = h('label', {class: 'picker'}, t('picker.kpi'), ' ',
        h('select', {name: 'kpi', onchange: event => ctx.set({kpi: event.target.value})},
            choices.map(key => h('option', {value: key, selected: key === chosen}, choiceLabel(key)))));
    const toolbar = ctx.toolbar(picker, ctx.periodPicker());
    if (!chosen) {
        show(main, h('h1', {}, t(titleKey)), toolbar, h('p', {class: 'muted'}, t('benchmark.noResult')));
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
        h('h1', {}, t('benchmark.heading', {kpi: choiceLabel(chosen)})),
        toolbar,
        h('p', {class: 'muted'}, t('benchmark.explain', {target: formatTarget(target, unit)})),
        benchmarkChart(ranked, target, unit),
        h('table', {class: 'results benchmark'},
            h('thead', {}, h('tr', {}, ['column.rank', 'column.operator', 'column.value', 'column.interval', 'column.verdict', 'column.tiedWith']
                .map(key => h('th', {}, t(key))))),
            h('tbody', {}, ranked.map(e => h('tr', {class: 'benchmark-entry', 'data-operator': e.operatorId, 'data-rank': e.rank ?? ''},
                h('td', {class: 'num'}, e.rank ?? '–'),
                h('td', {}, h('strong', {}, e.label)),
                h('td', {class: 'num'}, formatValue(e.value, unit)),
                h('td', {class: 'num'}, e.lower !== undefined && e.lower !== null
                    ? `${formatValue(e.lower, unit)} – ${formatValue(e.upper, unit)}` : '–'),
                h('td', {}, h('span', {class: `badge ${verdictClass(e.verdict)}`}, verdictLabel(e.verdict))),
                h('td', {}, e.tiedWith.length ? h('span', {class: 'tied'}, t('benchmark.tiedWith', {operators: e.tiedWith.map(other => other.label).join(', ')}))
                    : h('span', {class: 'muted'}, e.rank ? t('benchmark.noTie') : t('benchmark.noValue'))))))));
}
