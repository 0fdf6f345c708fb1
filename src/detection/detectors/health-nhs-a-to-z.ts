/**
 * Eighteenth session (health18): names from the NHS website's two A to Z indexes that neither WordNet 3.1 nor the lists
 * before them hold (each checked against the vocabulary: every name here was unknown to it). Source: nhs.uk "Health A to Z"
 * (conditions) and "Medicines A to Z", Crown copyright, published under the Open Government Licence v3.0; names only, as
 * their pages title them or give them as "also called" forms. As with every vocabulary word, a name decides nothing alone:
 * a person must be said to have or take it (health-context.ts, health-described.ts).
 * Left out, as health-medicines.ts does: over-the-counter painkillers, antihistamines and supplements ("folic acid",
 * "vitamin D"), which anyone may take for a day, and names with an everyday sense ("piles", "the coil", "AF", "hives",
 * "thrush", "warts", "ME", "POTS", "tics").
 */
export const NHS_CONDITIONS = [
  'norovirus', 'palpitations', 'heart palpitations', 'hot flushes', 'anaphylaxis', 'kidney stone', 'gallstone', 'cataract',
  'underactive thyroid', 'overactive thyroid', 'frozen shoulder', 'plantar fasciitis', 'acid reflux', 'stomach ulcer',
  'deep vein thrombosis', "raynaud's", "bell's palsy", 'pcos', 'polycystic ovary syndrome', 'alopecia', 'mrsa',
  'urinary tract infection', 'uti', 'kidney infection', 'ear infection', 'stammering', 'stammer', 'a stammer', 'stutter',
  'achilles tendinopathy', 'acute kidney injury', 'alcohol poisoning', 'anal fissure', 'bacterial vaginosis', 'bile duct cancer',
  'bladder cancer', 'bowel incontinence', 'bowel polyps', 'brain aneurysm', 'bronchiectasis', 'cervical cancer',
  'cervical spondylosis', 'chronic kidney disease', 'chronic pain', 'complex regional pain syndrome', 'croup',
  'cyclical vomiting syndrome', "dupuytren's contracture", 'ehlers-danlos syndrome', 'ehlers-danlos syndromes',
  'fatty liver disease', 'febrile seizures', 'functional neurological disorder', 'gallbladder cancer', 'gord', 'gum disease',
  'high cholesterol', 'hodgkin lymphoma', 'non-hodgkin lymphoma', 'hyperhidrosis', 'ingrown toenail', 'kidney cancer',
  'lymphoedema', 'meniscus tear', 'torn meniscus', 'mouth cancer', 'myalgic encephalomyelitis', 'oesophageal cancer',
  'peripheral neuropathy', 'peripheral arterial disease', 'polymyalgia rheumatica', 'post-viral fatigue',
  'postural tachycardia syndrome', 'pulmonary fibrosis', 'reactive arthritis', 'septic shock', "sjogren's syndrome",
  'stomach cancer', 'thyroid cancer', 'urinary incontinence', 'vascular dementia', 'vestibular neuritis', 'sickle cell disease',
  'head lice', "athlete's foot", 'ringworm', 'jaundice', 'perimenopause', 'early menopause', 'placenta praevia',
  'hyperemesis gravidarum', 'postpartum psychosis', 'fragile x syndrome', 'social anxiety', 'hoarding disorder',
  'body dysmorphic disorder', 'seasonal affective disorder', 'binge eating disorder', 'gender dysphoria', 'night terrors',
  // Not "sleepwalking": "sleepwalking into a crisis" is the common idiom (fix18 review).
];
/** Adjectives of a condition above or of WordNet's ("underactive thyroid (hypothyroidism)", "colour vision deficiency"). */
export const NHS_STATES = ['hypothyroid', 'hyperthyroid', 'colour blind', 'color blind'];
export const NHS_MEDICINES = [
  'betahistine', 'co-codamol', 'escitalopram', 'paroxetine', 'losartan', 'candesartan', 'bendroflumethiazide',
  'flucloxacillin', 'trimethoprim', 'mebeverine', 'mesalazine', 'sitagliptin', 'dapagliflozin', 'empagliflozin', 'edoxaban',
  'ticagrelor', 'finasteride', 'tamsulosin', 'solifenacin', 'mirabegron', 'pramipexole', 'ropinirole', 'co-careldopa',
  'rivastigmine', 'galantamine', 'vortioxetine', 'sulpiride', 'lurasidone', 'topiramate', 'baclofen', 'febuxostat',
  'alendronic acid', 'liraglutide', 'semaglutide', 'tirzepatide', 'ozempic', 'wegovy', 'mounjaro', 'varenicline',
  'champix', 'mometasone', 'fluticasone', 'montelukast', 'tiotropium', 'budesonide', 'carbocisteine', 'fludrocortisone',
  'carbimazole', 'estradiol', 'norethisterone', 'desogestrel', 'oramorph',
  // Devices the medicines pages name for how a medicine is taken ("Salbutamol inhaler", "Adrenaline auto-injectors"),
  // in the plural people use for their own ("inhalers x2"). Not "CPAP" alone, which also names projects (health-devices.ts reads "CPAP machine").
  'inhalers', 'epipens', 'adrenaline pen', 'adrenaline pens', 'adrenaline auto-injector', 'auto-injector', 'nebuliser',
];
