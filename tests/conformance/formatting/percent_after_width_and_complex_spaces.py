# Only %% is a literal percent (a % after flags or a width is a conversion); complex() keeps ASCII control characters
for f,a in [('%5%',()),('%5%',1),('%-%',(1,)),(b'%5%',()),(b'%5%',1),('%(a)%',{'a':1}),(b'%(a)%',{b'a':1}), ('%%',()), ('a%%b%s',(1,)), ('%.2%', 3), ('%%%s%%', 'x'), (b'%%%d', 4)]:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
for s in ["\x1c1", "1\x1f", "\x1e1j", "\x851+2j\u2003", " (1+2j) ", "\x0b3j\x0c"]:
    try: print(repr(complex(s)))
    except ValueError as e: print("ValueError", e)
