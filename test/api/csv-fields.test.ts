import { csvField, euros } from '../../api/lists/csv';

/** A CSV field as Excel will read it: no formula gets in, a negative amount stays a number, separators are quoted. */
test('a leading formula character makes the field text; a negative amount or day count stays a number', () => {
  expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
  expect(csvField('+32 475 11 22 33')).toBe("'+32 475 11 22 33");
  expect(csvField('-2+3')).toBe("'-2+3");
  expect(csvField('-1,04')).toBe('-1,04');
  expect(csvField(euros(-150_00))).toBe('-150,00');
  expect(csvField(-3)).toBe('-3');
  expect(csvField('Brand; rookschade')).toBe('"Brand; rookschade"');
  expect(csvField(null)).toBe('');
});
