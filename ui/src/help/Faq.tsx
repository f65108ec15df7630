import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { faqFacts } from './faq-facts';

/** `help.faq` in the catalogue (ui-help.json): groups of questions, the numbers interpolated from the product rules. */
type FaqGroup = { title: string; items: { question: string; answer: string }[] };

/** The FAQ, one group per subject; each question opens its answer (the question is a heading for screen readers). */
export function Faq() {
  const { t } = useTranslation();
  const groups = t('help.faq', { returnObjects: true, ...faqFacts() }) as unknown as FaqGroup[];
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {groups.map((group, groupIndex) => (
        <Box component="section" key={group.title} aria-labelledby={`faq-${groupIndex}`}>
          <Typography id={`faq-${groupIndex}`} component="h3" variant="h6" sx={{ mb: 1 }}>{group.title}</Typography>
          {group.items.map((item, index) => (
            <Accordion key={item.question} disableGutters slotProps={{ heading: { component: 'h4' } }}>
              <AccordionSummary id={`faq-${groupIndex}-${index}`} aria-controls={`faq-${groupIndex}-${index}-answer`}>
                <Typography sx={{ fontWeight: 'medium' }}>{item.question}</Typography>
              </AccordionSummary>
              <AccordionDetails>
                <Typography>{item.answer}</Typography>
              </AccordionDetails>
            </Accordion>
          ))}
        </Box>
      ))}
    </Box>
  );
}
