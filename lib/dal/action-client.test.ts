import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { useActionState } from 'react';
import { z } from 'zod';
import type { Locale } from '../i18n';
import { PolicyError } from '../policy/core/errors';
import { amountString, FIELD_MESSAGES, isoDateString, wholeMonths, withRules } from '../policy/core/validate';
import { formCheckbox, formNumber } from '../validation/form-fields';
import { ACTION_MESSAGES, ActionRefused, createActionClient, type ActionDeps, type ActionResult } from './action-client';
import { auditEntryFor, selfSubject, signInPath, Unauthenticated, type Subject } from './subject';

/** A redirect as Next.js does it: by throwing. */
class Redirected extends Error {
  constructor(readonly path: string) {
    super(`redirect ${path}`);
  }
}

function client(options: { subject?: () => Promise<Subject>; locale?: Locale } = {}) {
  const calls = { revalidated: [] as string[], logged: [] as string[] };
  const deps: ActionDeps = {
    subject: options.subject ?? (async () => selfSubject(7)),
    locale: async () => options.locale ?? 'zh-CN',
    redirect: (path) => {
      throw new Redirected(path);
    },
    revalidatePath: (path) => {
      calls.revalidated.push(path);
    },
    log: (line) => calls.logged.push(line),
  };
  return { ...createActionClient(deps), calls };
}

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

/** A stay estimate's form: nested fields, the policy library's field schemas and a cross-field rule. */
const stayForm = withRules(
  z.object({
    date: isoDateString,
    person: z.object({ continuousMonths: formNumber(wholeMonths) }),
    stay: z.object({ inScope: amountString, outOfScope: amountString }),
    agree: formCheckbox(),
  }),
  (v) => (v.agree ? [] : [{ path: 'agree', message: { zh: '请确认您已阅读说明。', en: 'Confirm that you have read the notes.' } }]),
);

const good = { date: '2025-06-10', 'person.continuousMonths': '36', 'stay.inScope': '20000', 'stay.outOfScope': '2000', agree: 'on' };

async function redirectOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(Redirected);
  return (e as Redirected).path;
}

describe('the action wrapper', () => {
  it('gives the handler the parsed input and the subject, and returns its data', async () => {
    const c = client();
    const handler = vi.fn(async (input: z.output<typeof stayForm>, { subject }: { subject: Subject }) => ({
      data: { personId: subject.personId, inScope: input.stay.inScope },
    }));
    const action = c.residentAction(stayForm, handler);
    const result = await action(null, form(good));
    expect(result).toEqual({
      ok: true,
      data: { personId: 7, inScope: '20000' },
      errors: {},
      message: null,
      values: { date: '2025-06-10', person: { continuousMonths: '36' }, stay: { inScope: '20000', outOfScope: '2000' }, agree: 'on' },
    });
    expect(handler.mock.calls[0]![0]).toEqual({
      date: '2025-06-10',
      person: { continuousMonths: 36 },
      stay: { inScope: '20000', outOfScope: '2000' },
      agree: true,
    });
  });

  it("returns each bad field with the policy library's message in the reader's language, and what was typed", async () => {
    const sent = { date: '2025-13-40', 'person.continuousMonths': 'lots', 'stay.inScope': '20000.123', 'stay.outOfScope': '' };
    const results: Record<Locale, ActionResult> = { 'zh-CN': null!, en: null! };
    for (const locale of ['zh-CN', 'en'] as const) {
      const handler = vi.fn(async () => {});
      results[locale] = await client({ locale }).residentAction(stayForm, handler)(null, form(sent));
      expect(handler).not.toHaveBeenCalled();
    }
    const zh = results['zh-CN'];
    const en = results.en;
    expect(zh.ok).toBe(false);
    expect(zh.message).toBe(ACTION_MESSAGES.invalid.zh);
    expect(en.message).toBe(ACTION_MESSAGES.invalid.en);
    expect(zh.errors).toEqual({
      date: FIELD_MESSAGES.date.zh,
      'person.continuousMonths': FIELD_MESSAGES.whole_months.zh,
      'stay.inScope': FIELD_MESSAGES.amount.zh,
      'stay.outOfScope': FIELD_MESSAGES.amount.zh,
    });
    expect(en.errors).toEqual({
      date: FIELD_MESSAGES.date.en,
      'person.continuousMonths': FIELD_MESSAGES.whole_months.en,
      'stay.inScope': FIELD_MESSAGES.amount.en,
      'stay.outOfScope': FIELD_MESSAGES.amount.en,
    });
    // The form comes back with what the resident typed (the empty field is simply not there).
    expect(zh.values).toEqual({ date: '2025-13-40', person: { continuousMonths: 'lots' }, stay: { inScope: '20000.123' } });
  });

  it('reports a missing field and a cross-field rule at their paths', async () => {
    const { date: _date, ...withoutDate } = good;
    const r1 = await client({ locale: 'en' }).residentAction(stayForm, async () => {})(null, form(withoutDate));
    expect(r1.errors).toEqual({ date: FIELD_MESSAGES.date.en });
    const { agree: _agree, ...unticked } = good;
    const r2 = await client({ locale: 'zh-CN' }).residentAction(stayForm, async () => {})(null, form(unticked));
    expect(r2.errors).toEqual({ agree: '请确认您已阅读说明。' });
    const r3 = await client({ locale: 'en' }).residentAction(z.object({ name: z.string() }), async () => {})(null, form({ name: '' }));
    expect(r3.errors).toEqual({ name: 'Required.' });
    const r4 = await client({ locale: 'zh-CN' }).residentAction(z.object({ name: z.string() }), async () => {})(null, form({}));
    expect(r4.errors).toEqual({ name: '必须填写。' });
  });

  it('never throws on a body that is not a form', async () => {
    const action = client({ locale: 'en' }).residentAction(stayForm, async () => ({ data: 1 }));
    for (const body of [undefined, null, 'date=2025-06-10', { date: '2025-06-10' }, 42]) {
      const result = await (action as unknown as (prev: null, body: unknown) => Promise<ActionResult<number>>)(null, body);
      expect(result).toEqual({ ok: false, errors: {}, message: ACTION_MESSAGES.unreadable.en, values: {} });
    }
  });

  it('turns a refusal or a PolicyError from the handler into the error result, and anything else into a plain message', async () => {
    const c = client({ locale: 'en' });
    const refused = await c.residentAction(stayForm, async () => {
      throw new ActionRefused({ zh: '现在不能更改。', en: 'You cannot change it now.' }, [
        { path: 'date', message: { zh: '不在变更期内。', en: 'Outside the change window.' } },
      ]);
    })(null, form(good));
    expect(refused).toMatchObject({ ok: false, message: 'You cannot change it now.', errors: { date: 'Outside the change window.' } });

    const policy = await c.residentAction(stayForm, async () => {
      throw new PolicyError('unsupported_date', [{ path: 'date', message: { zh: '日期太早。', en: 'Too early.' } }]);
    })(null, form(good));
    expect(policy).toMatchObject({ ok: false, message: ACTION_MESSAGES.invalid.en, errors: { date: 'Too early.' } });

    const broken = await c.residentAction(stayForm, async () => {
      throw Object.assign(new Error('insert into persons values (梁淑仪)'), { code: '23505' });
    })(null, form(good));
    expect(broken).toEqual({ ok: false, errors: {}, message: ACTION_MESSAGES.failed.en, values: expect.objectContaining({ date: '2025-06-10' }) });
    // The log names the error, never its text (which may hold personal data).
    expect(c.calls.logged).toEqual(['[action] failed: Error (23505)']);
  });

  it('redirects and revalidates after the handler, outside its try (the redirect is not swallowed)', async () => {
    const c = client();
    const action = c.residentAction(stayForm, async () => ({ revalidate: ['/me', '/me/clinic'], redirect: '/me' }));
    expect(await redirectOf(action(null, form(good)))).toBe('/me');
    expect(c.calls.revalidated).toEqual(['/me', '/me/clinic']);
    expect(c.calls.logged).toEqual([]);
  });

  it('redirects only to paths on this site', async () => {
    for (const [target, expected] of [
      ['//evil.example/x', '/'],
      ['https://evil.example', '/'],
      ['/\\evil.example', '/'],
      ['/me?x=1', '/me?x=1'],
    ] as const) {
      const c = client();
      expect(await redirectOf(c.publicAction(z.object({}), async () => ({ redirect: target }))(null, form({})))).toBe(expected);
      expect(c.calls.logged.length).toBe(expected === '/' ? 1 : 0);
    }
  });

  it('sends a resident without a valid session to sign in, before reading the form', async () => {
    for (const reason of ['none', 'expired'] as const) {
      const handler = vi.fn(async () => {});
      const c = client({
        subject: async () => {
          throw new Unauthenticated(reason);
        },
      });
      expect(await redirectOf(c.residentAction(stayForm, handler)(null, form({})))).toBe(signInPath(reason));
      expect(handler).not.toHaveBeenCalled();
    }
    expect(signInPath('none')).toBe('/signin');
    expect(signInPath('expired')).toBe('/signin?reason=expired');
  });

  it('sends to sign in when a read inside the handler finds the session gone', async () => {
    const c = client();
    const action = c.residentAction(stayForm, async () => {
      throw new Unauthenticated('expired');
    });
    expect(await redirectOf(action(null, form(good)))).toBe('/signin?reason=expired');
  });

  it('runs a public action without asking for a subject, called as a plain form action too', async () => {
    const subject = vi.fn(async (): Promise<Subject> => {
      throw new Unauthenticated('none');
    });
    const c = client({ subject });
    const seen: string[] = [];
    const action = c.publicAction(z.object({ locale: z.enum(['zh-CN', 'en']) }), async ({ locale }, ctx) => {
      seen.push(`${locale}/${ctx.locale}`);
      return { message: { zh: '已切换。', en: 'Switched.' } };
    });
    await action(form({ locale: 'en' }));
    expect(await action(null, form({ locale: 'zh-CN' }))).toEqual({ ok: true, data: undefined, errors: {}, message: '已切换。', values: { locale: 'zh-CN' } });
    expect(seen).toEqual(['en/zh-CN', 'zh-CN/zh-CN']);
    expect(subject).not.toHaveBeenCalled();
  });

  it('leaves fields it is told to out of the values it sends back', async () => {
    const schema = z.object({ password: z.string(), name: z.string() });
    const r = await client().publicAction(schema, async () => {}, { omitValues: ['password'] })(null, form({ password: 'secret', name: 'x' }));
    expect(r.values).toEqual({ name: 'x' });
  });
});

describe('the action types', () => {
  it('fit a plain <form action> and useActionState (checked by the type check)', () => {
    const action = client().residentAction(stayForm, async () => ({ data: 1 }));
    expectTypeOf(action).toExtend<(formData: FormData) => void | Promise<void>>();
    expectTypeOf(action).toExtend<() => Promise<void>>();
    const hook = null as unknown as typeof useActionState;
    const _useForm = () => hook(action, null);
    expectTypeOf<ReturnType<typeof _useForm>[0]>().toEqualTypeOf<ActionResult<number> | null>();
    expect(typeof action).toBe('function');
  });
});

describe('the subject', () => {
  it('is the resident acting for themselves, and names them in audit entries', () => {
    const s = selfSubject(42);
    expect(s).toEqual({ personId: 42, actor: { personId: 42, kind: 'self' } });
    expect(auditEntryFor(s, 'clinic_choice.chosen', { year: 2026 })).toEqual({
      event: 'clinic_choice.chosen',
      actor: 'resident',
      personId: 42,
      detail: { year: 2026 },
    });
  });

  it('Unauthenticated carries its reason', () => {
    const e = new Unauthenticated('expired');
    expect(e).toBeInstanceOf(Error);
    expect(e.reason).toBe('expired');
    expect(e.name).toBe('Unauthenticated');
  });
});
