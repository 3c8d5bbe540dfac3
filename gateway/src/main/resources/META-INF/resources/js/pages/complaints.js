// Complaints of an operator that are overdue, or due within the next hours (GET /api/v1/complaints/alerts).
import {request} from '../api.js';
import {wideRange} from '../context.js';
import {h, show, loading} from '../dom.js';
import {formatDateTime, formatInteger} from '../format.js';
import {t, tCode} from '../i18n.js';

export const titleKey = 'page.complaints';

function left(seconds) {
    const abs = Math.abs(seconds), days = Math.floor(abs / 86400), hours = Math.floor(abs % 86400 / 3600),
        minutes = Math.floor(abs % 3600 / 60);
    const text = days ? t('duration.daysHours', {days, hours}) : hours ? t('duration.hoursMinutes', {hours, minutes})
        : t('duration.minutes', {minutes});
    return t(seconds < 0 ? 'complaints.overdueBy' : 'complaints.left', {time: text});
}

export async function render(main, ctx) {
    show(main, h('h1', {}, t(titleKey)), loading());
    // Alerts are about now, not a period: the operators with results at any time.
    await ctx.loadOperators(wideRange());
    const within = Number(ctx.params.within ?? 48);
    const hoursPicker = h('label', {class: 'picker'}, t('complaints.dueWithin'), ' ',
        h('select', {name: 'within', onchange: event => ctx.set({within: event.target.value})},
            [24, 48, 72, 168].map(n => h('option', {value: n, selected: n === within}, t('duration.hours', {hours: n})))));
    const toolbar = ctx.toolbar(ctx.operatorPicker(), hoursPicker);
    if (!ctx.operatorId) {
        show(main, h('h1', {}, t(titleKey)), toolbar);
        return;
    }
    const {data: alerts, headers} = await request('GET', 'complaints/alerts',
        {params: {operatorId: ctx.operatorId, withinHours: within, size: 1000}});
    const overdue = alerts.filter(a => a.status === 'OVERDUE');
    const dueSoon = alerts.filter(a => a.status !== 'OVERDUE');
    const total = Number(headers.get('X-Total-Count') ?? alerts.length);
    show(main,
        h('h1', {}, t('complaints.heading', {operator: ctx.operatorId})),
        toolbar,
        h('p', {class: 'overall'},
            h('span', {class: `badge ${overdue.length ? 'fail' : 'pass'}`, 'data-overdue': overdue.length}, t('complaints.overdueCount', {count: formatInteger(overdue.length)})), ' ',
            h('span', {class: `badge ${dueSoon.length ? 'insufficient' : 'pass'}`, 'data-due-soon': dueSoon.length}, t('complaints.dueSoonCount', {count: formatInteger(dueSoon.length), hours: within})),
            total > alerts.length ? ` ${t('complaints.firstOf', {shown: formatInteger(alerts.length), total: formatInteger(total)})}` : ''),
        alerts.length ? h('table', {class: 'results alerts'},
            h('thead', {}, h('tr', {}, ['column.status', 'complaints.received', 'complaints.answerDue', 'complaints.time', 'complaints.category',
                'complaints.channel', 'complaints.complaint'].map(key => h('th', {}, t(key))))),
            h('tbody', {}, alerts.map(a => h('tr', {class: `alert ${a.status === 'OVERDUE' ? 'overdue' : 'due-soon'}`},
                h('td', {}, h('span', {class: `badge ${a.status === 'OVERDUE' ? 'fail' : 'insufficient'}`}, t(a.status === 'OVERDUE' ? 'complaints.overdue' : 'complaints.dueSoon'))),
                h('td', {}, formatDateTime(a.receivedAt)),
                h('td', {}, formatDateTime(a.responseDueAt)),
                h('td', {class: 'num'}, left(a.secondsLeft)),
                h('td', {}, tCode('category', a.category)),
                h('td', {}, tCode('channel', a.channel)),
                h('td', {}, h('code', {class: 'muted'}, a.complaintId.slice(0, 8)))))))
            : h('p', {class: 'muted'}, t('complaints.none')));
}
