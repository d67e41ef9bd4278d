import type { contentZh } from './content-zh';

/** The content editor's words for creating and withdrawing items, in English (spread into en.ts). */
export const contentEn: Record<keyof typeof contentZh, string> = {
  'content.new.group': 'Create',
  'content.new.plan': 'New plan',
  'content.new.handset': 'New handset',
  'content.new.service': 'New service',
  'content.new.bundle': 'New gift box',
  'content.new.zone': 'New zone',
  'content.new.experience': 'New experience',
  'content.new.basedOn': 'New, based on selected',
  'content.new.basedOnLabel': 'New item based on “{name}”',
  'content.new.heading': 'New {entity}: {name}',
  'content.new.hint':
    'Fill in the ID and the content, then add it to the draft; kiosks show it once published.',
  'content.new.discard': 'Discard',
  'content.id.label': 'ID',
  'content.id.hint': 'Lowercase letters, digits and -; made from the name unless you type one.',
  'content.id.fromName': 'Make from name',
  'content.id.empty': 'Enter an ID.',
  'content.id.format':
    'Use lowercase letters, digits and - only, not at the start or end (64 characters at most).',
  'content.id.taken':
    'The ID “{id}” is already used in the catalogue or the draft; choose another.',
  'content.withdraw.action': 'Withdraw',
  'content.withdraw.title': 'Withdraw “{name}”?',
  'content.withdraw.explain':
    'The withdrawal joins the draft as one change; once published, kiosks no longer show it.',
  'content.withdraw.references':
    'Still referred to by the following; change or withdraw them too, or the server may refuse the version:',
  'content.withdraw.noReferences': 'Nothing else in the catalogue refers to it.',
  'content.withdraw.confirm': 'Add withdrawal to draft',
  'content.withdraw.inDraft':
    'Withdrawn in the draft. Remove the withdrawal from the draft to keep it.',
  'content.picker.withdrawn': 'Withdrawn',
  'content.picker.created': 'New',
  'content.draft.create': 'new',
  'content.zone.sort': 'Order (smaller first)',
  'content.zone.accent': 'Accent colour',
  'content.zone.key': 'Zone style',
  'content.experience.zone': 'Zone',
  'content.handset.brand': 'Brand',
  'content.handset.model': 'Model',
};
