# SyntaxError report: 'break' outside a loop
break
