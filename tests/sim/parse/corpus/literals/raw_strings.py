a = r'\n stays'
b = R"C:\path\to"
c = r'''raw
\t triple'''
d = rb'\x00'
e = Br'raw bytes \n'
