s = 'héllo wörld'
t = '日本語'
u = '\u200b zero width'
v = '\x7f\x80\xa0'
emoji = '😀'
name_é = 1
