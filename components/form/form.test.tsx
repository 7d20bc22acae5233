/**
 * The form kit, rendered with React's server renderer (what a browser without JavaScript gets):
 * labels, hints and errors tied together, the visually hidden error prefix in the reader's
 * language, the typed value kept, the error summary linking to each bad field.
 */
import { describe, expect, it } from 'vitest';
import { all, byId, byTag, closest, describedBy, render, text } from '../testing/html';
import { Checkboxes, DateInput, ErrorSummary, errorSummaryItems, Field, fieldId, Radios, Select } from './index';

describe('fieldId', () => {
  it('keeps plain names and makes nested form names safe ids', () => {
    expect(fieldId('idNumber')).toBe('idNumber');
    expect(fieldId('stay.inScope')).toBe('stay-inScope');
    expect(fieldId('items[0].amount')).toBe('items-0-amount');
  });
});

describe('Field', () => {
  it('ties label, hint and error to the input, keeps the typed value and marks it invalid', () => {
    const { root } = render(<Field locale="zh-CN" name="stay.inScope" label="政策范围内费用" hint="单位：元" error="请填写金额" defaultValue="12,000" />);
    const input = byId(root, 'stay-inScope');
    expect(input.tag).toBe('input');
    expect(input.attrs.name).toBe('stay.inScope');
    expect(input.attrs.value).toBe('12,000');
    expect(input.attrs['aria-invalid']).toBe('true');
    expect(describedBy(input)).toEqual(['stay-inScope-hint', 'stay-inScope-error']);
    expect(text(byId(root, 'stay-inScope-hint'))).toBe('单位：元');
    expect(byTag(root, 'label')[0]!.attrs.for).toBe('stay-inScope');
    // The error is read as an error: a visually hidden prefix from the catalogue.
    const error = byId(root, 'stay-inScope-error');
    expect(text(error)).toBe('错误： 请填写金额');
    expect(byTag(error, 'span')[0]!.attrs.class).toContain('sr-only');
  });

  it('prefixes errors in English for English readers', () => {
    const { root } = render(<Field locale="en" name="amount" label="Amount" error="Enter an amount" />);
    expect(text(byId(root, 'amount-error'))).toBe('Error: Enter an amount');
  });

  it('is plain and valid without hint or error', () => {
    const { root } = render(<Field locale="en" name="amount" label="Amount" optional />);
    const input = byId(root, 'amount');
    expect(input.attrs['aria-invalid']).toBeUndefined();
    expect(input.attrs['aria-describedby']).toBeUndefined();
    expect(input.attrs.value).toBeUndefined();
    expect(text(byTag(root, 'label')[0]!)).toBe('Amount (optional)');
  });

  it('renders a number field as text with a numeric keyboard, so nothing typed is lost', () => {
    const { root } = render(<Field locale="en" name="amount" label="Amount" type="number" defaultValue="1,000.5x" />);
    const input = byId(root, 'amount');
    expect(input.attrs.type).toBe('text');
    expect(input.attrs.inputmode).toBe('decimal');
    expect(input.attrs.value).toBe('1,000.5x');
  });

  it('never writes a password back into the page', () => {
    const { html, root } = render(<Field locale="en" name="password" label="Password" type="password" defaultValue="secret-typed" required />);
    expect(byId(root, 'password').attrs.type).toBe('password');
    expect(byId(root, 'password').attrs['aria-required']).toBe('true');
    expect(html).not.toContain('secret-typed');
  });
});

describe('Select', () => {
  it('keeps the chosen option and describes the error', () => {
    const { root } = render(
      <Select
        locale="zh-CN"
        name="level"
        label="医院等级"
        error="请选择医院等级"
        defaultValue="level2"
        options={[
          { value: 'level1', label: '一级' },
          { value: 'level2', label: '二级' },
        ]}
      />,
    );
    const select = byId(root, 'level');
    expect(select.attrs['aria-invalid']).toBe('true');
    expect(describedBy(select)).toEqual(['level-error']);
    const options = byTag(select, 'option');
    expect(options.map((o) => [o.attrs.value, 'selected' in o.attrs])).toEqual([
      ['level1', false],
      ['level2', true],
    ]);
  });
});

describe('Radios and Checkboxes', () => {
  const items = [
    { value: 'level1', label: '一级医院', hint: '社区卫生服务中心等' },
    { value: 'level2', label: '二级医院' },
    { value: 'level3', label: '三级医院' },
  ];

  it('radios: a fieldset with the question as legend; the first radio has the field id; the typed choice kept', () => {
    const { root } = render(
      <Radios locale="en" name="stay.level" legend="Which hospital?" hint="As on the bill" error="Choose a hospital" items={items} defaultValue="level3" />,
    );
    const fieldset = byTag(root, 'fieldset')[0]!;
    expect(text(byTag(fieldset, 'legend')[0]!)).toBe('Which hospital?');
    expect(describedBy(fieldset)).toEqual(['stay-level-hint', 'stay-level-error']);
    expect(text(byId(root, 'stay-level-error'))).toBe('Error: Choose a hospital');
    const radios = byTag(root, 'input');
    expect(radios.map((r) => r.attrs.id)).toEqual(['stay-level', 'stay-level-2', 'stay-level-3']);
    expect(radios.every((r) => r.attrs.type === 'radio' && r.attrs.name === 'stay.level')).toBe(true);
    expect(radios.map((r) => 'checked' in r.attrs)).toEqual([false, false, true]);
    // An item's own hint belongs to that radio only.
    expect(describedBy(radios[0]!)).toEqual(['stay-level-item-hint']);
    expect(text(byId(root, 'stay-level-item-hint'))).toBe('社区卫生服务中心等');
    expect(byTag(root, 'label').map((l) => l.attrs.for)).toEqual(['stay-level', 'stay-level-2', 'stay-level-3']);
  });

  it('checkboxes: repeated names, every ticked value kept, invalid when the group is', () => {
    const { root } = render(<Checkboxes locale="zh-CN" name="payers" legend="谁缴费" error="至少选一项" items={items} defaultValue={['level1', 'level3']} />);
    const boxes = byTag(root, 'input');
    expect(boxes.every((b) => b.attrs.type === 'checkbox' && b.attrs.name === 'payers')).toBe(true);
    expect(boxes.map((b) => 'checked' in b.attrs)).toEqual([true, false, true]);
    expect(boxes.every((b) => b.attrs['aria-invalid'] === 'true')).toBe(true);
    expect(text(byId(root, 'payers-error'))).toBe('错误： 至少选一项');
  });

  it('can make the question the page heading', () => {
    const { root } = render(<Radios locale="en" name="q" legend="Are you retired?" legendIsHeading items={items} />);
    expect(closest(byTag(root, 'h1')[0]!, 'legend')).not.toBeNull();
  });
});

describe('DateInput', () => {
  it('year, month, day in Chinese; one error for the date; the typed parts kept', () => {
    const { root } = render(
      <DateInput
        locale="zh-CN"
        name="retireOn"
        legend="计划退休日期"
        hint="例如 2027 5 1"
        error="月份必须在 1 到 12 之间"
        errorParts={['month']}
        defaultValue={{ year: '2027', month: '13', day: '1' }}
      />,
    );
    const inputs = byTag(root, 'input');
    expect(inputs.map((i) => i.attrs.name)).toEqual(['retireOn.year', 'retireOn.month', 'retireOn.day']);
    expect(inputs.map((i) => i.attrs.value)).toEqual(['2027', '13', '1']);
    // The first part has the field's id: the error summary links to it.
    expect(inputs.map((i) => i.attrs.id)).toEqual(['retireOn', 'retireOn-month', 'retireOn-day']);
    expect(inputs.map((i) => i.attrs['aria-invalid'])).toEqual([undefined, 'true', undefined]);
    expect(inputs.every((i) => i.attrs.inputmode === 'numeric' && i.attrs.type === 'text')).toBe(true);
    expect(byTag(root, 'label').map(text)).toEqual(['年', '月', '日']);
    const fieldset = byTag(root, 'fieldset')[0]!;
    expect(fieldset.attrs.role).toBe('group');
    expect(describedBy(fieldset)).toEqual(['retireOn-hint', 'retireOn-error']);
    expect(all(root, (n) => n.attrs.id?.endsWith('-error') ?? false)).toHaveLength(1);
  });

  it('day, month, year in English, all parts marked when the error names none', () => {
    const { root } = render(<DateInput locale="en" name="birth" legend="Date of birth" error="Enter a real date" autoComplete="bday" />);
    const inputs = byTag(root, 'input');
    expect(byTag(root, 'label').map(text)).toEqual(['Day', 'Month', 'Year']);
    expect(inputs.map((i) => i.attrs.id)).toEqual(['birth', 'birth-month', 'birth-year']);
    expect(inputs.map((i) => i.attrs.autocomplete)).toEqual(['bday-day', 'bday-month', 'bday-year']);
    expect(inputs.every((i) => i.attrs['aria-invalid'] === 'true')).toBe(true);
  });
});

describe('ErrorSummary', () => {
  it('lists each error as a link to its field, titled from the catalogue, focused on load', () => {
    const items = errorSummaryItems({ 'stay.inScope': '请填写金额', level: ['请选择医院等级', 'second message'], note: undefined });
    expect(items).toEqual([
      { text: '请填写金额', href: '#stay-inScope' },
      { text: '请选择医院等级', href: '#level' },
    ]);
    const { root } = render(<ErrorSummary locale="zh-CN" items={items} id="form-errors" />);
    const summary = byId(root, 'form-errors');
    // Focus without JavaScript: the browser honours autofocus on a focusable element.
    expect(summary.attrs.autofocus).toBe('');
    expect(summary.attrs.tabindex).toBe('-1');
    expect(all(summary, (n) => n.attrs.role === 'alert')).toHaveLength(1);
    expect(text(byTag(summary, 'h2')[0]!)).toBe('请先改正以下问题');
    expect(byTag(summary, 'a').map((a) => [a.attrs.href, text(a)])).toEqual([
      ['#stay-inScope', '请填写金额'],
      ['#level', '请选择医院等级'],
    ]);
  });

  it('the links reach the fields the kit renders', () => {
    const errors = { amount: 'Enter an amount', 'when.date': 'Enter a date', level: 'Choose one' };
    const { root } = render(
      <form>
        <ErrorSummary locale="en" items={errorSummaryItems(errors)} />
        <Field locale="en" name="amount" label="Amount" error={errors.amount} />
        <DateInput locale="en" name="when.date" legend="When" error={errors['when.date']} />
        <Radios locale="en" name="level" legend="Level" error={errors.level} items={[{ value: 'a', label: 'A' }]} />
      </form>,
    );
    for (const link of byTag(root, 'a')) expect(byId(root, link.attrs.href!.slice(1)).tag).toBe('input');
    expect(text(byTag(root, 'h2')[0]!)).toBe('There is a problem');
  });

  it('shows a problem no field can fix without a link, and nothing without errors', () => {
    const { root } = render(<ErrorSummary locale="en" items={[{ text: 'Locked for 15 minutes' }]} />);
    expect(byTag(root, 'a')).toHaveLength(0);
    expect(text(byTag(root, 'li')[0]!)).toBe('Locked for 15 minutes');
    expect(render(<ErrorSummary locale="en" items={[]} />).html).toBe('');
  });
});
