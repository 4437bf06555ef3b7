# Regenerates docs/policylang.schema.json from the rule classes (run from the repository root).
import json,re,glob
codes={}
for f in sorted(glob.glob('compiler/PolicyLang.Compiler/Analysis/Rules/**/*.cs',recursive=True)):
    s=open(f).read()
    m=re.search(r'Code => "(PL\d+)"',s); d=re.search(r'Description => "(.*?)";',s)
    if m: codes[m.group(1)]=d.group(1).replace('\\"','"')
level={"$ref":"#/definitions/niveau"}
schema={
 "$schema":"http://json-schema.org/draft-07/schema#",
 "title":"policylang.json",
 "description":"Configuratie van de PolicyLang-analyse, naast de .beleid-bestanden van een kader. / Configuration of the PolicyLang analysis, beside the .beleid files of a kader.",
 "type":"object",
 "additionalProperties":False,
 "properties":{
  "$schema":{"type":"string"},
  "regels":{"description":"Niveau per analyseregel (PL3xxx, PL4xxx, PL5xxx). / Level per analysis rule.","type":"object","additionalProperties":False,
            "properties":{c:dict(level,description=d) for c,d in sorted(codes.items())}},
  "rules":{"description":"English alias of 'regels'.","$ref":"#/properties/regels"},
  "vageWoorden":{"description":"Woorden die een doeltitel zonder indicator vaag maken (PL5002); vervangt de standaardlijst. / Words that make a goal title without an indicator vague; replaces the default list.","type":"array","items":{"type":"string","minLength":1}},
  "vagueWords":{"description":"English alias of 'vageWoorden'.","$ref":"#/properties/vageWoorden"}
 },
 "definitions":{"niveau":{"type":"string","enum":["uit","info","informatie","waarschuwing","fout","off","none","warning","error"]}}
}
json.dump(schema,open('docs/policylang.schema.json','w'),indent=2,ensure_ascii=False)
print(len(codes))
