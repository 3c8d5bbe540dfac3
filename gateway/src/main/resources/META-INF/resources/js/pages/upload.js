// Upload of a CSV batch to a campaign, with a progress bar; a refused batch shows its row-level errors.
import {get, upload} from '../api.js';
import {h, show, errorBox, loading} from '../dom.js';
import {formatInteger, formatNumber, formatPeriod, formatValue, methodLabel} from '../format.js';
import {t} from '../i18n.js';

export const titleKey = 'page.upload';

/** What can be uploaded: the campaign listings and the batch endpoints of api.md; labels from the catalogues. */
const TARGETS = [
    {key: 'voice/samples', labelKey: 'upload.target.voiceSamples', list: 'voice/campaigns', batch: 'samples',
        describe: c => `${methodLabel(c.method)} · ${c.areaCode}`},
    {key: 'coverage/samples', labelKey: 'upload.target.coverageSamples', list: 'coverage/campaigns', batch: 'samples',
        describe: c => `${c.areaCode} · ${formatNumber(c.thresholdDbm)} dBm`},
    {key: 'billing/test-calls', labelKey: 'upload.target.billingTestCalls', list: 'billing/campaigns', batch: 'test-calls',
        describe: () => t('upload.testCallCampaign')},
    {key: 'billing/charging-records', labelKey: 'upload.target.billingChargingRecords', list: 'billing/campaigns',
        batch: 'charging-records', describe: () => t('upload.testCallCampaign')},
];

export async function render(main, ctx) {
    show(main, h('h1', {}, t(titleKey)), loading());
    await ctx.loadOperators();
    const target = TARGETS.find(t => t.key === ctx.params.target) ?? TARGETS[0];
    const campaigns = ctx.operatorId
        ? await get(target.list, {operatorId: ctx.operatorId, from: ctx.from, to: ctx.to})
        : [];
    const campaign = campaigns.find(c => c.id === ctx.params.campaign) ?? campaigns[0];

    const kind = h('label', {class: 'picker'}, t('upload.batch'), ' ',
        h('select', {name: 'target', onchange: event => ctx.set({target: event.target.value, campaign: null})},
            TARGETS.map(each => h('option', {value: each.key, selected: each === target}, t(each.labelKey)))));
    const campaignPicker = h('label', {class: 'picker'}, t('picker.campaign'), ' ',
        h('select', {name: 'campaign', onchange: event => ctx.set({campaign: event.target.value})},
            campaigns.map(c => h('option', {value: c.id, selected: c === campaign},
                `${target.describe(c)} · ${formatPeriod(c.periodStart, c.periodEnd)} · ${c.id.slice(0, 8)}`))));
    const toolbar = ctx.toolbar(ctx.operatorPicker(), ctx.periodPicker(), kind, campaigns.length ? campaignPicker : null);
    if (!campaign) {
        show(main, h('h1', {}, t(titleKey)), toolbar, h('p', {class: 'muted'}, t('upload.noCampaign')));
        return;
    }

    const file = h('input', {type: 'file', name: 'file', accept: '.csv,text/csv', required: true});
    const dryRun = h('input', {type: 'checkbox', name: 'dryRun'});
    const bar = h('progress', {class: 'upload-progress', max: 100, value: 0});
    const percent = h('span', {class: 'upload-percent'}, '');
    const outcome = h('div', {class: 'upload-outcome'});
    const button = h('button', {type: 'submit', class: 'primary'}, t('upload.submit'));
    const form = h('form', {class: 'upload-form', onsubmit: async event => {
        event.preventDefault();
        const chosen = file.files[0];
        if (!chosen) return;
        button.disabled = true;
        outcome.replaceChildren();
        bar.value = 0;
        percent.textContent = formatValue(0, 'RATIO');
        try {
            const answer = await upload(`${target.list}/${campaign.id}/${target.batch}`, chosen, {
                params: dryRun.checked ? {dryRun: true} : {}, contentType: 'text/csv',
                onProgress: (sent, total) => {
                    bar.value = Math.round(100 * sent / total);
                    percent.textContent = t('upload.progress', {percent: formatValue(bar.value / 100, 'RATIO'), total: formatInteger(total)});
                },
            });
            bar.value = 100;
            outcome.append(h('div', {class: 'message success', role: 'status'},
                h('strong', {}, t(dryRun.checked ? 'upload.valid' : 'upload.accepted')), ' ',
                t('upload.rows', {count: formatInteger(answer.accepted)}), answer.batchId ? ` ${t('upload.batchId', {id: answer.batchId})}` : ''));
        } catch (error) {
            outcome.append(errorBox(error));
        } finally {
            button.disabled = false;
        }
    }},
    h('p', {}, t('upload.explain', {target: t(target.labelKey), campaign: campaign.id,
        describe: `${target.describe(campaign)}, ${formatPeriod(campaign.periodStart, campaign.periodEnd)}`})),
    h('div', {class: 'form-row'}, file, h('label', {}, dryRun, ' ', t('upload.dryRun')), button),
    h('div', {class: 'form-row'}, bar, percent));

    show(main, h('h1', {}, t('upload.heading', {target: t(target.labelKey)})), toolbar, form, outcome);
}
