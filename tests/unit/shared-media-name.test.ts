import { describe, expect, it } from 'vitest';
import { mediaContentTypeFor, mediaNameSchema, sanitiseMediaName } from '../../shared';

describe('turning a file’s name into a media name', () => {
  it.each([
    ['Spring Promo.WEBM', 'spring-promo.webm'],
    ['C:\\clips\\Maps 2026.mp4', 'maps-2026.mp4'],
    ['shelf_photo.JPEG', 'shelf_photo.jpeg'],
    ['Café crème.png', 'cafe-creme.png'],
    ['...hidden.webp', 'hidden.webp'],
    ['华为 Mate.jpg', 'mate.jpg'],
    ['--a--b--.png', 'a-b.png'],
  ])('makes %s into %s', (fileName, name) => {
    expect(sanitiseMediaName(fileName)).toBe(name);
    expect(mediaNameSchema.safeParse(name).success).toBe(true);
  });

  it.each([['logo.svg'], ['notes.txt'], ['.png'], ['广告.png'], ['noextension']])(
    'leaves nothing usable of %s',
    (fileName) => expect(sanitiseMediaName(fileName)).toBe(''),
  );

  it.each([['../x.webm'], ['a/b.png'], ['.htaccess'], ['Upper.png'], ['x.svg'], ['café.png']])(
    'refuses %s as a name',
    (name) => expect(mediaNameSchema.safeParse(name).success).toBe(false),
  );

  it('expects the content type of the name’s ending', () => {
    expect(mediaContentTypeFor('a.jpg')).toBe('image/jpeg');
    expect(mediaContentTypeFor('a.webm')).toBe('video/webm');
    expect(mediaContentTypeFor('a.svg')).toBeNull();
  });
});
