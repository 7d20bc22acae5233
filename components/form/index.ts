/**
 * The form kit (GOV.UK Design System's behaviour and markup, Tailwind's looks). Server components:
 * each takes the reader's `locale` for the words it adds (error prefix, date part labels…);
 * labels, hints and errors come from the page, in the reader's language.
 */
export { Checkboxes, Radios, type ChoiceItem, type ChoicesProps } from './Choices';
export { DateInput, type DateInputProps, type DatePart } from './DateInput';
export { ErrorMessage } from './ErrorMessage';
export { ErrorSummary, errorSummaryItems, type ErrorSummaryItem } from './ErrorSummary';
export { Field, type FieldProps } from './Field';
export { fieldId } from './ids';
export { Select, type SelectProps } from './Select';
