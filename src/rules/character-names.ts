// The names of the characters the checks meet (characters.ts), a catalog of its own: their
// technical names for the details, their plain words for a headline, and the look-alikes.

/** Technical names, for the details beside the code point. */
export const NAMES: ReadonlyMap<number, string> = new Map([
  [0x0009, 'tab'],
  [0x000a, 'line feed (line break)'],
  [0x000b, 'vertical tab'],
  [0x000c, 'form feed'],
  [0x000d, 'carriage return (line break)'],
  [0x0020, 'space'],
  [0x0000, 'null character'],
  [0x007f, 'delete control character'],
  [0x0085, 'next-line character'],
  [0x00a0, 'no-break space'],
  [0x00ad, 'soft hyphen'],
  [0x061c, 'Arabic letter mark'],
  [0x1680, 'Ogham space mark'],
  [0x180e, 'Mongolian vowel separator'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x2028, 'line separator'],
  [0x2029, 'paragraph separator'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x202f, 'narrow no-break space'],
  [0x205f, 'medium mathematical space'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0x3000, 'ideographic space'],
  [0xfeff, 'zero-width no-break space (byte order mark)'],
]);

// Characters that render like an ASCII letter, digit or sign, written as pairs: the character,
// then the ASCII it imitates. Letters are named by script and the letter they imitate
// ("Cyrillic small letter p"); the rest, where the kind of dash or dot is the useful part, by name.
export const LOOK_ALIKE_LETTERS =
  'аaеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTХXЅSІIЈJ' +
  'αaοoνvιiκkρpυuΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
export const LOOK_ALIKE_OTHERS: ReadonlyMap<number, readonly [string, string]> = new Map([
  [0x0261, ['g', 'Latin small letter script g']],
  [0x0131, ['i', 'Latin small letter dotless i']],
  [0x2010, ['-', 'hyphen']],
  [0x2011, ['-', 'non-breaking hyphen']],
  [0x2012, ['-', 'figure dash']],
  [0x2013, ['-', 'en dash']],
  [0x2014, ['-', 'em dash']],
  [0x2015, ['-', 'horizontal bar']],
  [0x2212, ['-', 'minus sign']],
  [0x2024, ['.', 'one dot leader']],
  [0x2044, ['/', 'fraction slash']],
  [0x2215, ['/', 'division slash']],
]);

// Plain names for the characters an admin is likely to meet; the rest get a name by kind.
export const WORDS: ReadonlyMap<number, string> = new Map([
  [0x0009, 'a tab'],
  [0x000a, 'a line break'],
  [0x000d, 'a line break'],
  [0x0020, 'a space'],
  [0x0000, 'a null character'],
  [0x00a0, 'a non-breaking space'],
  [0x00ad, 'a soft hyphen'],
  [0x200b, 'a zero-width space'],
  [0x200c, 'a zero-width non-joiner'],
  [0x200d, 'a zero-width joiner'],
  [0x2028, 'a line break'],
  [0x2029, 'a line break'],
  [0x202f, 'a narrow non-breaking space'],
  [0x2060, 'a word joiner'],
  [0x3000, 'a wide space'],
  [0xfeff, 'an invisible byte order mark'],
]);
