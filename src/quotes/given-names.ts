/**
 * Given names that news writing gives, overwhelmingly, to one gender, written for the project from
 * general knowledge (no dataset). A name used for both in some language is left out ("Jordan",
 * "Andrea", "Nicola", "Jean", "Jan", "Kim", "Yuki"; "Joan" and "Simone" are men's names in
 * Catalan and Italian: Joan Laporta, Simone Inzaghi). Speaker resolution takes a name's gender as
 * one weak vote, below a title ("Mr.", "Mrs.") and the pronouns the article itself uses.
 */

const FEMALE = `
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly
Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Helen Anna
Brenda Pamela Emma Nicole Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane
Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Evelyn Judith Megan Cheryl Hannah Martha Jacqueline
Frances Gloria Ann Teresa Kathryn Sara Janice Julia Grace Judy Theresa Beverly Denise Marilyn Amber Danielle Rose Diana
Abigail Natalie Jane Lori Tiffany Kayla Sophie Sophia Isabella Chloe Charlotte Lucy Alice Claire Clara Marie Anne Annika
Ingrid Astrid Elena Irina Olga Natalia Natalya Svetlana Tatiana Tatyana Yulia Anastasia Ekaterina Yekaterina Ludmila
Lyudmila Galina Marina Oksana Ursula Hillary Kamala Nikki Giorgia Francesca Giulia Chiara Paola Lucia Carmen Isabel Pilar
Dolores Rosa Ana Fernanda Gabriela Mariana Beatriz Fatima Aisha Ayesha Amina Leila Layla Zainab Mariam Maryam Yasmin Priya
Sunita Indira Sonia Sonya Mette Sanna Jacinda Keiko Yuko Agnieszka Katarzyna Magdalena Eva Petra Jana Hana Lena Nina Vera
Greta Heidi Helga Sigrid Kristin Kirsten Karin Birgit Emilia Amelia Mia Ella Ava Zoe Lily Ruby Holly Jenny Kate Katie Kathy
Liz Beth Sue Sally Molly Penny Tina Gina Nadia Noura Rania Huda Salma Samira Nadine Sylvie Sandrine Nathalie
Isabelle Valerie Brigitte Marine Annalena Saskia Kaja Alexandra Veronica Monica Rita Silvia Elisabeth Johanna Ewa
Dorota Beata Marta Ilona Iveta Jolanta Lucie Eleni Maria-Elena Ayse Fatma Zeynep Elif Shirin Mahsa Neha Anjali Pooja
`;

const MALE = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven
Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron
Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry
Sean Arthur Lawrence Jesse Dylan Bryan Joe Billy Bruce Albert Willie Gabriel Alan Juan Wayne Roy Ralph Randy Eugene Vincent
Russell Elijah Louis Bobby Philip Johnny Bernie Mike Ted Tom Tim Bill Bob Jim Jimmy Barack Mitt Marco Rand Chris Newt
Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Andrei Andrey Ivan Igor Oleg Yuri Mikhail Nikolai Viktor Volodymyr
Oleksandr Petro Emmanuel Olaf Friedrich Heinz Hans Klaus Wolfgang Helmut Gerhard Jürgen Karl Franz Rishi Boris Keir
Narendra Rahul Amit Raj Xavier Pierre François Francois Jacques Nicolas Luis Carlos Miguel Pedro Javier Jorge Alejandro
Fernando Diego Pablo Mario Giuseppe Giovanni Matteo Sergio Silvio Luigi Ahmed Mohammed Muhammad Mohamed Mohammad Ali Omar
Hassan Hussein Ibrahim Mahmoud Khalid Abdullah Recep Yair Naftali Ehud Moshe Yitzhak Shinzo Fumio Jair Ion Ioan Vasile
Gheorghe Nicolae Mircea Andrzej Jarosław Mateusz Lars Erik Anders Magnus Olof Stefan Jens Mads Sven Jonas Tomas Martin
Hugh Ian Neil Gordon Tony Nigel Nick Liam Declan Conor Ciaran Hossein Faisal Mustafa Ahmad Yusuf Youssef Abdel Karim Tariq
Bashar Salman Hamad Tamim Vikram Sanjay Arvind Ramesh Suresh Nabil Nasser Walid Samir Hamid Rashid Jamal Fadi Ziad
Marwan Bilal Yasser Saeb Hazem Adel Osama Ayman Ismail Khaled Majid Nabih Riad Saad Wael Yousef Hani Abbas Hasan Husain
`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const FEMALE_NAMES = new Set(words(FEMALE));
const MALE_NAMES = new Set(words(MALE));

/** 'f' or 'm' for a given name news writing gives to one gender, else null. */
export function genderOfGivenName(word: string): 'f' | 'm' | null {
  if (FEMALE_NAMES.has(word)) return 'f';
  if (MALE_NAMES.has(word)) return 'm';
  return null;
}
