"""Short articles written for these tests (an invented flood in an invented valley), with the
copies and translations the ingest tests need."""

from __future__ import annotations

ORIGINAL = """Floods force thousands from their homes in the Varden valley

The regional emergency office said on Tuesday that more than 4,200 people had left their homes \
after the Varden river burst its banks overnight. Rescue teams reached 37 villages by boat, and \
the office expects the number of evacuees to rise as the water moves downstream. Officials said \
around 600 houses were flooded and two bridges on the main road were closed. The weather service \
warned that another 80 millimetres of rain could fall before Thursday. Local hospitals treated 45 \
people for minor injuries, according to the health department. The governor asked residents of \
low-lying districts to follow the instructions of the police and not to drive through flooded \
streets. Schools in the valley will stay closed until the end of the week.
"""

#: ORIGINAL as another outlet ran it: its own headline, a byline, two sentences reworded.
NEAR = """Thousands evacuated as the Varden river floods
By a staff correspondent, Northern Wire

The regional emergency office said on Tuesday that more than 4,200 people had left their homes \
after the Varden river burst its banks overnight. Rescue crews in boats reached 37 villages, and \
the office expects the number of evacuees to rise as the water moves downstream. Officials said \
around 600 houses were flooded and two bridges on the main road were closed. The weather service \
warned that another 80 millimetres of rain could fall before Thursday. Local hospitals treated 45 \
people for minor injuries, according to the health department. The governor asked residents of \
low-lying districts to follow the instructions of the police and not to drive through flooded \
streets. Schools in the valley will remain shut until the end of the week.
"""

#: Another article about the same flood, in its own words.
SAME_TOPIC = """Farmers in the Varden valley count their losses

A week after the Varden river burst its banks, farmers in the valley say the floods ruined about \
3,000 hectares of wheat and drowned hundreds of sheep. The agriculture ministry said on Monday it \
would pay compensation of up to 2,000 euros per farm, but farmers' unions called the sum far too \
small. The regional emergency office said most of the 4,200 people who left their homes had \
returned, while 150 families were still staying with relatives. Engineers began repairing the two \
bridges on the main road, which the transport office expects to reopen next month.
"""

FRENCH = """Le bureau régional des urgences a indiqué mardi que plus de 4 200 personnes avaient \
quitté leur domicile après la crue de la rivière Varden. Les secours ont atteint 37 villages en \
bateau et environ 600 maisons ont été inondées. Les écoles de la vallée resteront fermées \
jusqu'à la fin de la semaine.
"""

SPANISH = """La oficina regional de emergencias informó el martes de que más de 4.200 personas \
abandonaron sus casas después de que el río Varden se desbordara durante la noche. Los equipos \
de rescate llegaron en barca a 37 pueblos y unas 600 viviendas quedaron inundadas, según las \
autoridades. Los hospitales atendieron a 45 personas con heridas leves.
"""
