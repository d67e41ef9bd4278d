import type { ContentOf, Experience, ExperienceContentType } from '../../../shared';

/** The experience's published content when it is of the type the simulation reads, else null. */
export function contentOf<T extends ExperienceContentType>(
  experience: Experience,
  type: T,
): ContentOf<T> | null {
  const content = experience.content;
  return content && content.type === type ? (content as ContentOf<T>) : null;
}
