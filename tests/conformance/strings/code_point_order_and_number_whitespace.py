# Strs compare by code point (an emoji sorts after U+FFFF), and int()/float() strip only ASCII whitespace or non-ASCII spaces (\x1c-\x1f are invalid); str.format nests a field in a spec once, not twice.
print('\U0001f600' > '\uffff', sorted(['\U0001f600', '\ufb01', 'a', '\ue000', '\U00010000']), max(['\U0001f600', '\ufb01']), min('\U0001f600x', '\ufb01'))
print(('\U0001f600',) < ('\uffff',), '\U0001f600' <= '\U0001f600', 'ab' < 'abc', '' < 'a')
for s in ('\x1c5', '5\x1f', ' 5 ', '\x855\xa0', '\u20035'):
    for f in (int, float):
        try: print(repr(f(s)))
        except ValueError as e: print(e)
try: print('{0:{1:{2}}}'.format(1, 2, 3))
except ValueError as e: print(e)
print('{0:{1}}'.format(1, 5), f"{3:{4}}")
