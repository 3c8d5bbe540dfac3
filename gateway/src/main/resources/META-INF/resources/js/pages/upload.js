// Upload of a CSV batch to a campaign, with a progress bar; a refused batch shows its row-level errors.
import {get, upload} from '../api.js';
import {h, show, errorBox, loading} from '../dom.js';
import {formatInteger} from '../format.js';

export const title = 'Upload';

/** What can be uploaded: the campaign listings and the batch endpoints of api.md. */
const TARGETS = [
    {key: 'voice/samples', label: 'Voice samples', list: 'voice/campaigns', batch: 'samples',
        describe: c => `${c.method} · ${c.areaCode}`},
    {key: 'coverage/samples', label: 'Coverage drive-test samples', list: 'coverage/campaigns', batch: 'samples',
        describe: c => `${c.areaCode} · ${c.thresholdDbm} dBm`},
    {key: 'billing/test-calls', label: 'Billing test calls', list: 'billing/campaigns', batch: 'test-calls',
        describe: () => 'test-call campaign'},
    {key: 'billing/charging-records', label: 'Billing charging records', list: 'billing/campaigns', batch: 'charging-records',
        describe: () => 'test-call campaign'},
];

export async function render(main, ctx) {
    show(main, h('h1', {}, title), loading());
    await ctx.loadOperators();
    const target = TARGETS.find(t => t.key === ctx.params.target) ?? TARGETS[0];
    const campaigns = ctx.operatorId
        ? await get(target.list, {operatorId: ctx.operatorId, from: ctx.from, to: ctx.to})
        : [];
    const campaign = campaigns.find(c => c.id === ctx.params.campaign) ?? campaigns[0];

    const kind = h('label', {class: 'picker'}, 'Batch ',
        h('select', {name: 'target', onchange: event => ctx.set({target: event.target.value, campaign: null})},
            TARGETS.map(t => h('option', {value: t.key, selected: t === target}, t.label))));
    const campaignPicker = h('label', {class: 'picker'}, 'Campaign ',
        h('select', {name: 'campaign', onchange: event => ctx.set({campaign: event.target.value})},
            campaigns.map(c => h('option', {value: c.id, selected: c === campaign},
                `${target.describe(c)} · ${c.periodStart} – ${c.periodEnd} · ${c.id.slice(0, 8)}`))));
    const toolbar = ctx.toolbar(ctx.operatorPicker(), ctx.periodPicker(), kind, campaigns.length ? campaignPicker : null);
    if (!campaign) {
        show(main, h('h1', {}, title), toolbar, h('p', {class: 'muted'}, 'No campaign of this kind in this period.'));
        return;
    }

    const file = h('input', {type: 'file', name: 'file', accept: '.csv,text/csv', required: true});
    const dryRun = h('input', {type: 'checkbox', name: 'dryRun'});
    const bar = h('progress', {class: 'upload-progress', max: 100, value: 0});
    const percent = h('span', {class: 'upload-percent'}, '');
    const outcome = h('div', {class: 'upload-outcome'});
    const button = h('button', {type: 'submit', class: 'primary'}, 'Upload');
    const form = h('form', {class: 'upload-form', onsubmit: async event => {
        event.preventDefault();
        const chosen = file.files[0];
        if (!chosen) return;
        button.disabled = true;
        outcome.replaceChildren();
        bar.value = 0;
        percent.textContent = '0 %';
        try {
            const answer = await upload(`${target.list}/${campaign.id}/${target.batch}`, chosen, {
                params: dryRun.checked ? {dryRun: true} : {}, contentType: 'text/csv',
                onProgress: (sent, total) => {
                    bar.value = Math.round(100 * sent / total);
                    percent.textContent = `${bar.value} % of ${formatInteger(total)} bytes`;
                },
            });
            bar.value = 100;
            outcome.append(h('div', {class: 'message success', role: 'status'},
                h('strong', {}, dryRun.checked ? 'Valid: ' : 'Accepted: '),
                `${formatInteger(answer.accepted)} rows`, answer.batchId ? ` (batch ${answer.batchId})` : ''));
        } catch (error) {
            outcome.append(errorBox(error));
        } finally {
            button.disabled = false;
        }
    }},
    h('p', {}, `${target.label} for the campaign ${campaign.id} (${target.describe(campaign)}, ${campaign.periodStart} – ${campaign.periodEnd}):`
        + ' a CSV file with a header row of the API\'s field names. A batch is all or nothing: one bad row and nothing is stored.'),
    h('div', {class: 'form-row'}, file, h('label', {}, dryRun, ' validate only (dry run)'), button),
    h('div', {class: 'form-row'}, bar, percent));

    show(main, h('h1', {}, `${title}: ${target.label}`), toolbar, form, outcome);
}
