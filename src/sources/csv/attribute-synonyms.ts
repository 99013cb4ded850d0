import type { AttributeName } from "@/src/golden/attributes";

/**
 * Header names exports use for each attribute, in the languages customers'
 * systems speak (English, German, French, Spanish, Dutch, Swedish), written
 * as `normalizeHeader` leaves them. A header equal to one of these is mapped.
 */
export const exactNames: Record<AttributeName, string[]> = {
  firstName: ["first name", "first", "fname", "given name", "forename", "vorname", "prenom", "nombre", "voornaam", "fornamn"],
  lastName: ["last name", "last", "lname", "surname", "family name", "nachname", "familienname", "nom", "nom de famille", "apellido", "apellidos", "achternaam", "efternamn"],
  fullName: ["name", "full name", "contact", "contact name", "person", "customer name", "kunde", "kundenname", "nom complet", "naam", "namn"],
  organizationName: ["company", "company name", "organization", "organisation", "organization name", "org", "firma", "firmenname", "unternehmen", "account name", "business name", "societe", "entreprise", "empresa", "bedrijf", "bedrijfsnaam", "foretag"],
  dateOfBirth: ["date of birth", "dob", "birth date", "birthdate", "birthday", "born", "geburtsdatum", "geb datum", "geboren", "date de naissance", "fecha de nacimiento", "geboortedatum", "fodelsedatum"],
  email: ["email", "e mail", "mail", "email address", "e mail address", "e mail adresse", "mail adresse", "courriel", "correo", "correo electronico", "e post", "epost"],
  phone: ["phone", "phone number", "telephone", "tel", "telefon", "telefonnummer", "tel nr", "mobile", "mobile phone", "mobil", "handy", "cell", "cell phone", "telephone number", "telefono", "telefoon", "portable"],
  street: ["street", "street address", "address", "address line 1", "address 1", "strasse", "adresse", "anschrift", "rue", "calle", "direccion", "straat", "gata", "gatuadress"],
  houseNumber: ["house number", "house no", "housenumber", "hausnummer", "hausnr", "hnr", "street number", "numero", "huisnummer"],
  addressLine2: ["address line 2", "address 2", "adresszusatz", "zusatz", "apartment", "suite", "complement d adresse", "c o"],
  city: ["city", "town", "ort", "stadt", "wohnort", "ville", "ciudad", "localidad", "plaats", "woonplaats", "stad", "postort", "locality"],
  postalCode: ["postal code", "postcode", "post code", "zip", "zip code", "zipcode", "plz", "postleitzahl", "code postal", "cp", "codigo postal", "postnummer"],
  region: ["region", "state", "province", "county", "bundesland", "provinz", "kanton", "state province", "departement", "provincia", "provincie", "lan"],
  country: ["country", "country code", "land", "pays", "pais", "landcode", "nation", "staat"],
  nationalId: ["national id", "ssn", "social security number", "national insurance number", "personnummer", "bsn", "nir", "dni", "personal id"],
  taxId: ["tax id", "tax number", "vat", "vat id", "vat number", "vat no", "tax no", "ust id", "ust idnr", "ustid", "steuernummer", "steuer id", "tin", "tva", "nif", "btw nummer", "momsnummer"],
};

/**
 * Words that name their attribute wherever they stand in a longer header
 * ("Billing ZIP", "Contact first name", "Private E-Mail"). Words that also
 * name other things ("name", "number", "account") are left out on purpose.
 */
export const telltaleWords: Partial<Record<AttributeName, string[]>> = {
  firstName: ["first name", "given name", "vorname", "forename"],
  lastName: ["last name", "surname", "family name", "nachname"],
  organizationName: ["company", "firma", "organization", "organisation"],
  dateOfBirth: ["birth", "birthday", "birthdate", "geburtsdatum", "dob"],
  email: ["email", "e mail", "mail"],
  phone: ["phone", "telefon", "tel", "mobile", "mobil", "handy", "cell"],
  street: ["street", "strasse"],
  city: ["city", "town", "ort"],
  postalCode: ["zip", "plz", "postcode", "postal"],
  country: ["country", "land"],
  taxId: ["vat", "tax"],
};

/** Headers that name a record's own key in the source: the id column, not an attribute. */
export const idNames = [
  "id", "key", "nr", "no", "number", "ref", "reference", "external id", "record id",
  "customer id", "customer number", "customer no", "client id", "contact id", "person id", "account id", "account number",
  "kundennummer", "kundennr", "kunden nr", "kdnr", "kd nr", "debitor", "debitornummer", "debitorennummer",
  "partner", "partner id", "business partner", "bp", "crm id", "numero client", "klantnummer", "kundnummer",
];
