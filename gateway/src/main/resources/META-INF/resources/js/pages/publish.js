// Publication (regulator only): freeze every operator's scorecard of a period into the public open data.
import {post} from '../api.js';
import {h, show, errorBox} from '../dom.js';
import {formatInstant, formatPeriod, revisionText, verdictClass, verdictLabel} from '../format.js';
import {t, withLang} from '../i18n.js';

export const titleKey = 'page.publish';

export async function render(main, ctx) {
    if (!ctx.user.isRegulator) {
        show(main, h('h1', {}, t(titleKey)), h('p', {class: 'message error'}, t('publish.regulatorOnly')));
        return;
    }
    const outcome = h('div', {class: 'publish-outcome'});
    const reason = h('textarea', {name: 'reason', rows: 2, cols: 60, maxlength: 1000,
        placeholder: t('publish.reasonPlaceholder')});
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
    }}, t('publish.button', {period: formatPeriod(ctx.from, ctx.to)}));
    show(main,
        h('h1', {}, t(titleKey)),
        ctx.toolbar(ctx.periodPicker()),
        h('p', {}, t('publish.explain')),
        h('p', {}, h('label', {}, t('publish.reason'), ' ', reason)),
        h('p', {}, button),
        outcome);
}

function published(p) {
    const link = `/api/v1/public/publications/${encodeURIComponent(p.id)}`;
    return h('div', {class: 'message success', role: 'status', 'data-publication': p.id},
        h('strong', {}, t('publish.published')), ' ', t('publish.publishedAt', {period: formatPeriod(p.from, p.to), at: formatInstant(p.publishedAt), by: p.publishedBy}),
        p.profile ? ` (${t('publication.profile', {standard: p.profile.standard, version: p.profile.version})})` : '',
        h('div', {class: 'revision'}, revisionText(p)),
        h('ul', {}, (p.scorecards ?? []).map(card => h('li', {}, `${card.operatorId}: `,
            h('span', {class: `badge ${verdictClass(card.overall)}`}, verdictLabel(card.overall))))),
        h('p', {}, h('a', {href: withLang('/public.html')}, t('publish.publicPage')), ' · ',
            h('a', {href: `${link}?format=csv`}, 'CSV'), ' · ', h('a', {href: `${link}?format=json`}, 'JSON')));
}
