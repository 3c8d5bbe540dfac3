// Complaints of an operator that are overdue, or due within the next hours (GET /api/v1/complaints/alerts).
import {request} from '../api.js';
import {wideRange} from '../context.js';
import {h, show, loading} from '../dom.js';
import {formatDateTime} from '../format.js';

export const title = 'Complaints';

function left(seconds) {
    const abs = Math.abs(seconds), days = Math.floor(abs / 86400), hours = Math.floor(abs % 86400 / 3600),
        minutes = Math.floor(abs % 3600 / 60);
    const text = days ? `${days} d ${hours} h` : hours ? `${hours} h ${minutes} min` : `${minutes} min`;
    return seconds < 0 ? `${text} overdue` : `${text} left`;
}

export async function render(main, ctx) {
    show(main, h('h1', {}, title), loading());
    // Alerts are about now, not a period: the operators with results at any time.
    await ctx.loadOperators(wideRange());
    const within = Number(ctx.params.within ?? 48);
    const hoursPicker = h('label', {class: 'picker'}, 'Due within ',
        h('select', {name: 'within', onchange: event => ctx.set({within: event.target.value})},
            [24, 48, 72, 168].map(n => h('option', {value: n, selected: n === within}, `${n} h`))));
    const toolbar = ctx.toolbar(ctx.operatorPicker(), hoursPicker);
    if (!ctx.operatorId) {
        show(main, h('h1', {}, title), toolbar);
        return;
    }
    const {data: alerts, headers} = await request('GET', 'complaints/alerts',
        {params: {operatorId: ctx.operatorId, withinHours: within, size: 1000}});
    const overdue = alerts.filter(a => a.status === 'OVERDUE');
    const dueSoon = alerts.filter(a => a.status !== 'OVERDUE');
    const total = Number(headers.get('X-Total-Count') ?? alerts.length);
    show(main,
        h('h1', {}, `Complaints of ${ctx.operatorId} needing an answer`),
        toolbar,
        h('p', {class: 'overall'},
            h('span', {class: `badge ${overdue.length ? 'fail' : 'pass'}`, 'data-overdue': overdue.length}, `${overdue.length} overdue`), ' ',
            h('span', {class: `badge ${dueSoon.length ? 'insufficient' : 'pass'}`, 'data-due-soon': dueSoon.length}, `${dueSoon.length} due within ${within} h`),
            total > alerts.length ? ` (the first ${alerts.length} of ${total})` : ''),
        alerts.length ? h('table', {class: 'results alerts'},
            h('thead', {}, h('tr', {}, ['Status', 'Received', 'Answer due', 'Time', 'Category', 'Channel', 'Complaint'].map(t => h('th', {}, t)))),
            h('tbody', {}, alerts.map(a => h('tr', {class: `alert ${a.status === 'OVERDUE' ? 'overdue' : 'due-soon'}`},
                h('td', {}, h('span', {class: `badge ${a.status === 'OVERDUE' ? 'fail' : 'insufficient'}`}, a.status === 'OVERDUE' ? 'OVERDUE' : 'DUE SOON')),
                h('td', {}, formatDateTime(a.receivedAt)),
                h('td', {}, formatDateTime(a.responseDueAt)),
                h('td', {class: 'num'}, left(a.secondsLeft)),
                h('td', {}, a.category),
                h('td', {}, a.channel),
                h('td', {}, h('code', {class: 'muted'}, a.complaintId.slice(0, 8)))))))
            : h('p', {class: 'muted'}, 'No open complaint is overdue or due soon.'));
}
