a = u'text'
b = U"other"
c = u'x' 'y'
d = 'x' u'y'
