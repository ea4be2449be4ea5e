/** The policy the adapter tests run under: cold keys denied, `held-1` waits for an approver, the bot signs the rest. */
export const ADAPTER_POLICY = `
rules:
  - name: cold-never
    effect: deny
    when: '"cold" in key.tags'
  - name: held-needs-approval
    effect: allow
    when: key.name == "held-1"
    approvals: { count: 1, from: approver }
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;
