#!/usr/bin/env node
// Validates a Slack app manifest (JSON) against a JSON schema with ajv (draft-07).
//   node validate-manifest.mjs SCHEMA.json MANIFEST.json
// Exit 0 valid, 1 invalid (errors printed), 2 usage.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, manifestPath] = process.argv.slice(2);
if (!schemaPath || !manifestPath) {
  console.error("usage: node validate-manifest.mjs SCHEMA.json MANIFEST.json");
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
if (validate(JSON.parse(readFileSync(manifestPath, "utf8")))) {
  console.log("OK: manifest is valid");
} else {
  console.log(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
