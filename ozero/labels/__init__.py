"""Labels made by people: how far readers agree, and which items an expert must settle.

The building blocks of the labelling round (issue 15): agreement figures per task kind —
classes (Cohen's kappa for two readers, Fleiss' kappa for more), boxes and masks (IoU,
Dice), text spans (F1) — and the items whose readers disagree, which go to adjudication.
"""
