// What a page is about: the period and the operator, kept in the address (#/page?operator=…&from=…&to=…) so that
// a view can be bookmarked and reloaded. Operators see only their own operator; the regulator picks one.
import {get} from './api.js';
import {h} from './dom.js';
import {formatPeriod, quarterLabel} from './format.js';
import {t} from './i18n.js';

/** Calendar quarters from the first of two years ago to the current one, newest first. */
export function quarters(today = new Date()) {
    const list = [];
    const year = today.getUTCFullYear();
    const current = Math.floor(today.getUTCMonth() / 3);
    for (let y = year; y >= year - 2; y--) {
        for (let q = (y === year ? current : 3); q >= 0; q--) {
            const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
            const end = new Date(Date.UTC(y, q * 3 + 3, 0));
            list.push({year: y, quarter: q + 1, from, to: end.toISOString().slice(0, 10)});
        }
    }
    return list;
}

/** The last quarter that has ended: the default period. */
export function defaultPeriod(today = new Date()) {
    return quarters(today)[1];
}

/** A wide range of dates, for pages that look across periods: from five years back to the end of next year. */
export function wideRange(today = new Date()) {
    const year = today.getUTCFullYear();
    return {from: `${year - 5}-01-01`, to: `${year + 1}-12-31`};
}

export function parseLocation() {
    const [path, search] = location.hash.replace(/^#\/?/, '').split('?');
    return {page: path || 'scorecard', params: Object.fromEntries(new URLSearchParams(search ?? ''))};
}

export function href(page, params) {
    const defined = Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '');
    return `#/${page}${defined.length ? `?${new URLSearchParams(defined)}` : ''}`;
}

/**
 * The context of one page view: ctx.from, ctx.to, ctx.operatorId (after ctx.loadOperators()), ctx.set(patch) to
 * change a parameter (a new address, so the page renders again), ctx.toolbar(...) for the pickers.
 */
export function createContext(user, page, params) {
    const period = params.from && params.to ? {from: params.from, to: params.to} : defaultPeriod();
    const ctx = {
        user, page, params,
        from: period.from, to: period.to,
        operatorId: user.isRegulator ? params.operator ?? null : user.operatorId,
        operators: user.isRegulator ? [] : [user.operatorId],

        set(patch) {
            location.hash = href(page, {...params, operator: ctx.operatorId, from: ctx.from, to: ctx.to, ...patch});
        },

        /** The operators with results in the period, or in another range (the regulator's choice; an operator's own only). */
        async loadOperators({from, to} = {from: ctx.from, to: ctx.to}) {
            if (!user.isRegulator) return ctx.operators;
            ctx.operators = await get('operators', {from, to});
            if (!ctx.operatorId || !ctx.operators.includes(ctx.operatorId)) {
                ctx.operatorId = ctx.operators[0] ?? ctx.operatorId;
            }
            return ctx.operators;
        },

        periodPicker() {
            const options = quarters();
            const chosen = options.find(q => q.from === ctx.from && q.to === ctx.to);
            if (!chosen) options.unshift({from: ctx.from, to: ctx.to});
            return h('label', {class: 'picker'}, t('picker.period'), ' ',
                h('select', {
                    name: 'period',
                    onchange: event => {
                        const q = options[event.target.selectedIndex];
                        ctx.set({from: q.from, to: q.to});
                    },
                }, options.map(q => h('option', {value: `${q.from}..${q.to}`, selected: q.from === ctx.from && q.to === ctx.to},
                    q.quarter ? `${quarterLabel(q.year, q.quarter)} (${formatPeriod(q.from, q.to)})` : formatPeriod(q.from, q.to)))));
        },

        /** A select of the operators for the regulator; for an operator, its own id, not a choice. */
        operatorPicker() {
            if (!user.isRegulator) {
                return h('span', {class: 'picker'}, t('picker.operator'), ' ', h('strong', {class: 'own-operator'}, user.operatorId));
            }
            if (!ctx.operators.length) return h('span', {class: 'picker muted'}, t('picker.noOperator'));
            return h('label', {class: 'picker'}, t('picker.operator'), ' ',
                h('select', {name: 'operator', onchange: event => ctx.set({operator: event.target.value})},
                    ctx.operators.map(id => h('option', {value: id, selected: id === ctx.operatorId}, id))));
        },

        toolbar(...items) {
            return h('div', {class: 'toolbar'}, items);
        },
    };
    return ctx;
}
