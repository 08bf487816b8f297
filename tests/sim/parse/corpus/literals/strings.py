a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s'
f = "say \"hi\""
g = 'both \' and "'
h = 'tab\tnew\nline\r\\'
i = '\x41\u00e9\U0001F600\101\0'
j = 'unknown \d escape'
k = 'line \
continued'
