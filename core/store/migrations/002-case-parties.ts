/** Parties and the contract number as columns, so that cases can be found by name, ID number or contract. */
export const sql = `
CREATE TABLE case_parties (
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('creditor', 'debtor', 'guarantor', 'agent')),
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  id_number TEXT,
  PRIMARY KEY (case_id, role, position)
);
CREATE INDEX case_parties_name ON case_parties(name);
CREATE INDEX case_parties_id_number ON case_parties(id_number);

ALTER TABLE cases ADD COLUMN contract_number TEXT;
CREATE INDEX cases_contract_number ON cases(contract_number);

INSERT INTO case_parties (case_id, role, position, name, id_number)
  SELECT id, 'creditor', 0, json_extract(document, '$.creditor.name'), json_extract(document, '$.creditor.idNumber')
  FROM cases;
INSERT INTO case_parties (case_id, role, position, name, id_number)
  SELECT cases.id, json_extract(d.value, '$.role'), d.key, json_extract(d.value, '$.name'), json_extract(d.value, '$.idNumber')
  FROM cases, json_each(cases.document, '$.debtors') AS d;
UPDATE cases SET contract_number = json_extract(document, '$.contract.number');
`;
