a = b'abc'
b = b'\x00\xff\n\t'
c = B"quote ' inside"
d = b'''multi
line'''
e = b'a' b'b'
f = b'\777'
g = b''
