// Publication (regulator only): freeze every operator's scorecard of a period into the public open data.
import {post} from '../api.js';
import {h, show, errorBox} from '../dom.js';
import {formatInstant, verdictClass} from '../format.js';

export const title = 'Publish';

export async function render(main, ctx) {
    if (!ctx.user.isRegulator) {
        show(main, h('h1', {}, title), h('p', {class: 'message error'}, 'Only the regulator publishes.'));
        return;
    }
    const outcome = h('div', {class: 'publish-outcome'});
    const reason = h('textarea', {name: 'reason', rows: 2, cols: 60, maxlength: 1000,
        placeholder: 'Required when the period is published already: why it is published again'});
    const button = h('button', {type: 'button', class: 'primary', onclick: async () => {
        button.disabled = true;
        outcome.replaceChildren();
        try {
            const body = {from: ctx.from, to: ctx.to};
            if (reason.value.trim()) body.reason = reason.value.trim();
            outcome.append(published(await post('publications', body)));
        } catch (error) {
            outcome.append(errorBox(error));
        } finally {
            button.disabled = false;
        }
    }}, `Publish ${ctx.from} – ${ctx.to}`);
    show(main,
        h('h1', {}, title),
        ctx.toolbar(ctx.periodPicker()),
        h('p', {}, 'Freezes the scorecards of every operator with results in this period into an immutable publication,'
            + ' listed on the public page with its open data (CSV and JSON). Nothing is published when a family is unavailable.'
            + ' Publishing a period again makes its next revision, which supersedes the current one and must say why.'),
        h('p', {}, h('label', {}, 'Reason ', reason)),
        h('p', {}, button),
        outcome);
}

function published(p) {
    const link = `/api/v1/public/publications/${encodeURIComponent(p.id)}`;
    return h('div', {class: 'message success', role: 'status', 'data-publication': p.id},
        h('strong', {}, 'Published'), ` ${p.from} – ${p.to} at ${formatInstant(p.publishedAt)} by ${p.publishedBy}`,
        p.profile ? ` (${p.profile.standard}, profile ${p.profile.version})` : '',
        h('div', {class: 'revision'}, `revision ${p.revision ?? 1}`, p.supersedes ? `, supersedes ${p.supersedes}` : '',
            p.reason ? `, reason: ${p.reason}` : ''),
        h('ul', {}, (p.scorecards ?? []).map(card => h('li', {}, `${card.operatorId}: `,
            h('span', {class: `badge ${verdictClass(card.overall)}`}, card.overall)))),
        h('p', {}, h('a', {href: '/public.html'}, 'Public page'), ' · ',
            h('a', {href: `${link}?format=csv`}, 'CSV'), ' · ', h('a', {href: `${link}?format=json`}, 'JSON')));
}
