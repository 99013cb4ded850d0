import { foldForMatching } from "@/src/standardize/fold";

/**
 * Given names and their everyday forms, as people write them into one
 * system and not the other. Each line is one family of names.
 */
const families = [
  "william bill billy will willy liam wilhelm willi",
  "robert bob bobby rob robbie bert",
  "richard rick ricky dick rich richie",
  "james jim jimmy jamie",
  "john jack johnny jon",
  "johannes hans johann jan",
  "joseph joe joey josef sepp",
  "michael mike mick mickey micha",
  "thomas tom tommy",
  "charles charlie chuck karl carl",
  "edward ed eddie ted ned",
  "henry harry hank",
  "heinrich heinz heiner",
  "hendrik henk henkie",
  "anthony tony anton",
  "christopher chris kit christoph",
  "daniel dan danny",
  "david dave davy",
  "matthew matt matthias",
  "nicholas nick nicky niklas nikolaus klaus claus",
  "alexander alex sasha sascha alexandre",
  "maximilian max maxi",
  "nicolas nico",
  "dominique dom",
  "franziska franzi",
  "andrew andy drew andreas andre",
  "benjamin ben benny",
  "samuel sam sammy",
  "stephen steven steve stefan stephan",
  "peter pete pieter piet",
  "patrick pat paddy",
  "francis frank frankie franz francois",
  "frederick fred freddie fritz friedrich",
  "gregory greg",
  "jonathan jon jonny",
  "kenneth ken kenny",
  "lawrence larry lorenz",
  "leonard leo len lenny leonhard",
  "ronald ron ronnie",
  "timothy tim timmy",
  "vincent vince vinnie",
  "wolfgang wolf",
  "elizabeth liz lizzie beth betty eliza elisabeth lisa liesel elise",
  "margaret maggie meg peggy greta margarete margarethe grete gretchen margit",
  "catherine katherine kate katie cathy kathy cat kathrin katharina kathleen",
  "jennifer jen jenny",
  "patricia pat patty trish",
  "susan sue susie susanne suzanne",
  "deborah debbie deb",
  "rebecca becky becca",
  "victoria vicky tori",
  "christine chris christina christiane tina kristina",
  "alexandra alex sandra sandy",
  "barbara barb babs",
  "dorothy dot dottie dorothea",
  "jessica jess jessie",
  "judith judy",
  "pamela pam",
  "abigail abby",
  "theresa teresa tess terri resi",
  "johanna hanna hannah jo",
  "maria mary marie mia",
  "anna anne ann annie anja",
  "caroline carol carrie karoline",
  "eleanor ellie nora elly",
  "gabriele gabi gaby gabriella",
  "isabelle isabel isabella isa babette bella",
  "cornelis cornelius kees cor",
  "jacobus jakob jacob koos jaap",
  "wilhelmina wilma mien willemijn",
  "theodorus theodor theo dorus",
  "frederic frederik fred",
];

const index = new Map<string, Set<number>>();
families.forEach((line, i) => {
  for (const name of line.split(" ")) {
    if (!index.has(name)) index.set(name, new Set());
    index.get(name)!.add(i);
  }
});

/** Whether two given names are forms of one name ("Bill" and "William", "Hans" and "Johannes"). */
export function areNicknames(a: string, b: string): boolean {
  const fa = index.get(foldForMatching(a));
  const fb = index.get(foldForMatching(b));
  if (!fa || !fb) return false;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}
