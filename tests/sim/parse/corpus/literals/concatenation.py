a = 'a' 'b' "c"
b = ('multi'
     'line'
     'concat')
c = 'x' r'\y'
